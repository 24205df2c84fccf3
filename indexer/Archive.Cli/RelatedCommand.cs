using System.Text.Json;
using Archive.Analysis;
using Archive.Index;
using Archive.Search;

namespace Archive.Cli;

/// <summary>`./archive related DOCUMENT ITEM [--json]`: agenda items like this one (MoreLikeThis over title and decision).</summary>
public static class RelatedCommand
{
    public const string Usage = "related DOCUMENT ITEM [--limit N] [--json]       agenda items like this one";

    /// <summary>Exit 0 with the items (none is an answer too), 1 when the meeting or the item is not in the index.</summary>
    public static int Run(CliArguments arguments, string db)
    {
        if (arguments.Positional.Count != 2)
        {
            Console.Error.WriteLine("archive: related needs a document and an item number, as in: ./archive related 000_3b4e825079c19f44 2");
            return 1;
        }
        var limit = int.TryParse(arguments.Value("--limit") ?? "10", System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100 ? n : 10;
        using var index = ArchiveIndex.Open(db, readOnly: true);
        var (documentId, number) = (arguments.Positional[0], arguments.Positional[1]);
        var id = new DocumentReader(index).Find(documentId)?.Id ?? documentId;
        var related = new SearchService(index, new DanishAnalyzer()).Related(id, number, limit);
        if (related is null)
        {
            Console.Error.WriteLine($"archive: no item {number} of a document '{documentId}' in {db}");
            return 1;
        }
        if (arguments.Has("--json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new { documentId = id, itemNumber = number, related }, ArchiveCommands.Json));
            return 0;
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
