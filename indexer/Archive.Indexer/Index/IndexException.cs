namespace Archive.Index;

/// <summary>The index file cannot be used: wrong schema version, not an index, or unreadable. The message says what to do.</summary>
public sealed class IndexException : Exception
{
    public IndexException(string message) : base(message)
    {
    }

    public IndexException(string message, Exception inner) : base(message, inner)
    {
    }

    public IndexException()
    {
    }
}
