namespace Archive.Cli;

/// <summary>
/// Who reads stdout. A terminal gets tables; colour and live progress only when NO_COLOR is unset.
/// A pipe or file gets plain lines without escape codes, as scripts expect.
/// </summary>
public static class OutputMode
{
    /// <summary>stdout is a terminal that can show more than plain lines.</summary>
    public static bool Terminal { get; } = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>Colour, highlights and live progress: a terminal, and NO_COLOR (https://no-color.org) not set.</summary>
    public static bool Rich { get; } = Terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
