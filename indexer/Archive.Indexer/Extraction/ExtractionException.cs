namespace Archive.Extraction;

/// <summary>A file that cannot be read as minutes; the message is the reason a user sees beside the file name.</summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException(string message) : base(message)
    {
    }

    public ExtractionException(string message, Exception inner) : base(message, inner)
    {
    }

    public ExtractionException()
    {
    }
}
