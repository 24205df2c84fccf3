using System.CommandLine;
using Archive.Analysis;
using Archive.Index;
using Archive.Search;

namespace Archive.Cli;

/// <summary>`./archive related DOCUMENT ITEM`: agenda items like this one (MoreLikeThis over title and decision).</summary>
public sealed class RelatedCommand : ArchiveCommand
{
    private readonly Argument<string> _document = new("DOCUMENT") { Description = "A document id (its file name without extension) or file name" };
    private readonly Argument<string> _item = new("ITEM") { Description = "The agenda item's number in that document" };
    private readonly Option<int> _limit = CommonOptions.Limit(10, 100, "At most this many related agenda items");
    private readonly Option<bool> _json = CommonOptions.Json();

    public RelatedCommand()
        : base("related", "Agenda items like this one, in other meetings and clusters",
            "./archive related 000_3b4e825079c19f44 2",
            "./archive related 000_3b4e825079c19f44.pdf 2 --limit 5 --json")
    {
        Add(_document);
        Add(_item);
        Add(_limit);
        Add(_json);
        SetAction(Run);
    }

    /// <summary>Exit 0 with the items (none is an answer too), 1 when the meeting or the item is not in the index.</summary>
    private int Run(ParseResult parse)
    {
        var db = parse.GetValue(CommonOptions.Db)!;
        var (documentId, number) = (parse.GetValue(_document)!, parse.GetValue(_item)!);
        using var index = ArchiveIndex.Open(db, readOnly: true);
        var id = new DocumentReader(index).Find(documentId)?.Id ?? documentId;
        var related = new SearchService(index).Related(id, number, parse.GetValue(_limit));
        if (related is null)
        {
            return ArchiveCli.Fail($"no item {number} of a document '{documentId}' in {db}");
        }
        if (parse.GetValue(_json))
        {
            return JsonOutput.Print(new { documentId = id, itemNumber = number, related });
        }
        Console.WriteLine($"{related.Count} agenda items like {id} punkt {number}");
        foreach (var hit in related)
        {
            Console.WriteLine();
            Console.WriteLine($"{hit.Date ?? "uden dato"}  {hit.Forum} {hit.Cluster}  [{hit.Outcome}]  score {hit.Score:0.##}");
            Console.WriteLine($"  {hit.DocumentId} punkt {hit.ItemNumber}: {hit.ItemTitle}");
        }
        return 0;
    }
}
