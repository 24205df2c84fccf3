using Spectre.Console;

namespace Archive.Cli;

/// <summary>The Spectre console for the live progress displays: ANSI and colour when <see cref="OutputMode.Rich"/>, else text only.</summary>
public static class TerminalConsole
{
    private static readonly Lazy<IAnsiConsole> Shared = new(() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = OutputMode.Rich ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = OutputMode.Rich ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(Console.Out),
        // Only our rule decides (a terminal, NO_COLOR unset), not Spectre's guesses from CI variables.
        Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
    }));

    public static IAnsiConsole Out => Shared.Value;
}
