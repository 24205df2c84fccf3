using System.Net;
using System.Text;
using Spectre.Console;

namespace Archive.Cli;

/// <summary>The Spectre console for a terminal: ANSI and colour when <see cref="OutputMode.Rich"/>, else text only (NO_COLOR).</summary>
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

    /// <summary>
    /// A search snippet (HTML-escaped text with &lt;mark&gt; around matches) as Spectre markup: matches in
    /// bold yellow, or in [brackets] where there is no colour.
    /// </summary>
    public static string Highlight(string snippet)
    {
        var markup = new StringBuilder();
        var parts = snippet.Split(["<mark>", "</mark>"], StringSplitOptions.None);
        for (var i = 0; i < parts.Length; i++)
        {
            var text = Markup.Escape(WebUtility.HtmlDecode(parts[i]));
            var marked = i % 2 == 1 && text.Length > 0;
            markup.Append(!marked ? text : OutputMode.Rich ? $"[bold yellow]{text}[/]" : $"[[{text}]]");
        }
        return markup.ToString();
    }
}
