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

    /// <summary>Whether the file is an index written by another version of this program: it can be rebuilt from its files.</summary>
    public bool OtherVersion { get; init; }
}
