using System.CommandLine;
using System.Globalization;
using Archive.Search;

namespace Archive.Cli;

/// <summary>`./archive search QUERY`: ranked agenda items with highlighted snippets; a table on a terminal.</summary>
public sealed class SearchCommand : QueryCommand
{
    private readonly Option<int> _limit = CommonOptions.Limit(20, 10_000, "Hits per page");
    private readonly Option<int> _page = new("--page") { Description = "Which page of hits", HelpName = "N", DefaultValueFactory = _ => 1 };
    private readonly Option<string> _sort = new("--sort") { Description = "Order of the hits", DefaultValueFactory = _ => "relevance" };
    private readonly Option<bool> _json = CommonOptions.Json();

    public SearchCommand()
        : base("search", "Ranked agenda items with highlighted snippets",
            "./archive search konfliktforebyggelse",
            "./archive search \"mental sundhed\" klynge:Midt år:2019..2021 --limit 5 --json")
    {
        _page.Validators.Add(result => CommonOptions.InRange(result, "--page", 1, 1_000_000));
        _sort.AcceptOnlyFromAmong("relevance", "date");
        Add(_limit);
        Add(_page);
        Add(_sort);
        Add(_json);
    }

    protected override int Run(ParseResult parse, QuerySession session)
    {
        var sort = parse.GetValue(_sort) == "date" ? SearchSort.Date : SearchSort.Relevance;
        var result = session.Service.Search(session.Query, parse.GetValue(_page), parse.GetValue(_limit), sort);
        if (parse.GetValue(_json))
        {
            return JsonOutput.Print(result);
        }
        if (OutputMode.Terminal)
        {
            ResultTables.Search(result);
            return 0;
        }
        Console.WriteLine($"{result.Total} agenda items match '{result.Query}'");
        foreach (var hit in result.Hits)
        {
            Console.WriteLine();
            Console.WriteLine($"{hit.Date ?? "uden dato"}{(hit.DateInferred ? " (ca.)" : string.Empty)}  {hit.Forum} {hit.Cluster}  [{hit.Outcome}]  score {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}");
            Console.WriteLine($"  {hit.DocumentId} punkt {hit.ItemNumber}: {hit.ItemTitle}");
            Console.WriteLine($"  {PlainText.Snippet(hit.Snippet)}");
        }
        return 0;
    }
}
