namespace Archive.Cli;

/// <summary>A bench step that cannot give a valid measurement (its index process failed): the bench stops with exit code 1 and the reason.</summary>
public sealed class BenchException : Exception
{
    public BenchException(string message) : base(message)
    {
    }

    public BenchException(string message, Exception inner) : base(message, inner)
    {
    }

    public BenchException()
    {
    }
}
