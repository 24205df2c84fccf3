using System.Globalization;
using Archive.Search;
using Spectre.Console;

namespace Archive.Cli;

/// <summary>Search and trace results as tables for a person at a terminal, with the matched words highlighted.</summary>
public static class ResultTables
{
    public static void Search(SearchResult result)
    {
        var console = TerminalConsole.Out;
        console.MarkupLine($"[bold]{result.Total:N0}[/] agenda items match [bold]{Markup.Escape(result.Query)}[/]{PageNote(result)}");
        if (result.Hits.Count == 0)
        {
            return;
        }
        var table = NewTable("Meeting", "Agenda item", "Score");
        table.Columns[2].RightAligned();
        foreach (var hit in result.Hits)
        {
            table.AddRow(
                Meeting(hit.Date, hit.DateInferred, hit.Forum, hit.Cluster, hit.Outcome),
                Item(hit.DocumentId, hit.ItemNumber, hit.ItemTitle, TerminalConsole.Highlight(hit.Snippet)),
                hit.Score.ToString("0.00", CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    public static void Trace(TraceResult result)
    {
        var console = TerminalConsole.Out;
        var shown = result.Total > result.Events.Count ? $", the first {result.Events.Count:N0} shown (--limit)" : string.Empty;
        console.MarkupLine($"[bold]{Markup.Escape(result.Query)}[/] through the archive: [bold]{result.Total:N0}[/] agenda items in date order{shown}");
        if (result.Events.Count == 0)
        {
            return;
        }
        var table = NewTable("Meeting", "Agenda item", "Decision");
        foreach (var e in result.Events)
        {
            table.AddRow(
                Meeting(e.Date, e.DateInferred, e.Forum, e.Cluster, e.Outcome),
                Item(e.DocumentId, e.ItemNumber, e.ItemTitle, TerminalConsole.Highlight(e.Snippet)),
                Markup.Escape(PlainText.Shorten(e.Decision, 300)));
        }
        console.Write(table);
    }

    private static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn($"[bold]{header}[/]"));
        }
        // The meeting's facts stay on their lines; the item and its text take the rest of the width.
        table.Columns[0].NoWrap();
        return table;
    }

    private static string PageNote(SearchResult result) =>
        result.Total > result.Hits.Count ? $" (page {result.Page}, {result.Hits.Count} shown; --page and --limit for more)" : string.Empty;

    /// <summary>Date, forum, cluster and outcome, one to a line.</summary>
    private static string Meeting(string? date, bool inferred, string? forum, string? cluster, string outcome)
    {
        var when = date is null ? "[dim]uden dato[/]" : inferred ? $"ca. {date}" : date;
        var where = cluster is null ? Markup.Escape(forum ?? string.Empty) : $"{Markup.Escape(forum ?? string.Empty)} [dim]{Markup.Escape(cluster)}[/]";
        return $"{when}\n{where}\n[italic]{Markup.Escape(outcome)}[/]";
    }

    private static string Item(string documentId, string number, string title, string highlightedSnippet) =>
        $"[bold]{Markup.Escape(title)}[/]\n[dim]{Markup.Escape(documentId)} punkt {Markup.Escape(number)}[/]\n{highlightedSnippet}";
}
