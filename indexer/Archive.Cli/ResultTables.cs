using System.Globalization;
using System.Net;
using Archive.Search;
using static Archive.Cli.TextTable;

namespace Archive.Cli;

/// <summary>Search and trace results as tables for a person at a terminal, with the matched words highlighted.</summary>
public static class ResultTables
{
    private const string Bold = "1";
    private const string Dim = "2";
    private const string Highlight = "1;33";

    public static void Search(SearchResult result)
    {
        var more = result.Total > result.Hits.Count ? $" (page {result.Page}, {result.Hits.Count} shown; --page and --limit for more)" : string.Empty;
        Heading([new(result.Total.ToString("N0", CultureInfo.InvariantCulture), Bold), new(" agenda items match "), new(result.Query, Bold), new(more)]);
        if (result.Hits.Count == 0)
        {
            return;
        }
        var table = new TextTable("Meeting", "Agenda item", "Score");
        table.NoWrap.UnionWith([0, 2]);
        foreach (var hit in result.Hits)
        {
            table.AddRow(
                Meeting(hit.Date, hit.DateInferred, hit.Forum, hit.Cluster, hit.Outcome),
                Item(hit.DocumentId, hit.ItemNumber, hit.ItemTitle, hit.Snippet),
                [new(hit.Score.ToString("0.00", CultureInfo.InvariantCulture))]);
        }
        Write(table);
    }

    public static void Trace(TraceResult result)
    {
        var shown = result.Total > result.Events.Count ? $", the first {result.Events.Count:N0} shown (--limit)" : string.Empty;
        Heading([new(result.Query, Bold), new(" through the archive: "), new(result.Total.ToString("N0", CultureInfo.InvariantCulture), Bold), new($" agenda items in date order{shown}")]);
        if (result.Events.Count == 0)
        {
            return;
        }
        var table = new TextTable("Meeting", "Agenda item", "Decision");
        table.NoWrap.Add(0);
        foreach (var e in result.Events)
        {
            table.AddRow(
                Meeting(e.Date, e.DateInferred, e.Forum, e.Cluster, e.Outcome),
                Item(e.DocumentId, e.ItemNumber, e.ItemTitle, e.Snippet),
                [new(PlainText.Shorten(e.Decision, 300))]);
        }
        Write(table);
    }

    private static void Heading(Span[] spans) =>
        Console.WriteLine(string.Concat(spans.Select(s => OutputMode.Rich && s.Style is not null ? $"\u001b[{s.Style}m{s.Text}\u001b[0m" : s.Text)));

    private static void Write(TextTable table)
    {
        var width = Console.IsOutputRedirected ? 0 : Console.WindowWidth;
        table.Write(Console.Out, width > 0 ? width : 80, OutputMode.Rich);
    }

    /// <summary>Date, forum, cluster and outcome, one to a line.</summary>
    private static Span[] Meeting(string? date, bool inferred, string? forum, string? cluster, string outcome) =>
    [
        date is null ? new("uden dato", Dim) : new(inferred ? $"ca. {date}" : date),
        new($"\n{forum}"),
        new(cluster is null ? string.Empty : $" {cluster}", Dim),
        new($"\n{outcome}", "3"),
    ];

    /// <summary>Title, where it is, and the snippet with its matches highlighted (in [brackets] without colour).</summary>
    private static Span[] Item(string documentId, string number, string title, string snippet)
    {
        var spans = new List<Span> { new(title, Bold), new("\n"), new($"{documentId} punkt {number}", Dim), new("\n") };
        var parts = snippet.Split(["<mark>", "</mark>"], StringSplitOptions.None);
        for (var i = 0; i < parts.Length; i++)
        {
            var text = WebUtility.HtmlDecode(parts[i]).Replace('\n', ' ');
            var marked = i % 2 == 1 && text.Length > 0;
            spans.Add(!marked ? new(text) : OutputMode.Rich ? new(text, Highlight) : new($"[{text}]"));
        }
        return [.. spans];
    }
}
