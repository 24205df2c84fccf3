using System.CommandLine;
using Archive.Search;

namespace Archive.Cli;

/// <summary>`./archive trace QUERY`: a topic's history, the matching agenda items in date order; a table on a terminal.</summary>
public sealed class TraceCommand : QueryCommand
{
    private readonly Option<int> _limit = CommonOptions.Limit(SearchService.DefaultTraceLimit, 1_000_000, "At most this many agenda items, the earliest first");
    private readonly Option<bool> _json = CommonOptions.Json();

    public TraceCommand()
        : base("trace", "The topic's history: matching agenda items in date order across clusters",
            "./archive trace konfliktforebyggelse",
            "./archive trace sundhedsprofil --limit 50 --json")
    {
        Add(_limit);
        Add(_json);
    }

    protected override int Run(ParseResult parse, QuerySession session)
    {
        var result = session.Service.Trace(session.Query, parse.GetValue(_limit));
        if (parse.GetValue(_json))
        {
            return JsonOutput.Print(result);
        }
        if (OutputMode.Terminal)
        {
            ResultTables.Trace(result);
            return 0;
        }
        Console.WriteLine($"'{result.Query}' through the archive: {result.Total} agenda items in date order{(result.Total > result.Events.Count ? $", the first {result.Events.Count} shown (--limit)" : string.Empty)}");
        foreach (var e in result.Events)
        {
            Console.WriteLine();
            Console.WriteLine($"{(e.DateInferred ? "ca. " : string.Empty)}{e.Date ?? "uden dato"}  {e.Forum} {e.Cluster}  [{e.Outcome}]");
            Console.WriteLine($"  {e.DocumentId} punkt {e.ItemNumber}: {e.ItemTitle}");
            Console.WriteLine($"  Beslutning: {PlainText.Shorten(e.Decision, 300)}");
        }
        return 0;
    }
}
