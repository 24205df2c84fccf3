using System.CommandLine;
using Archive.Export;
using Archive.Index;

namespace Archive.Cli;

/// <summary>`./archive show DOCUMENT`: one meeting's metadata and segmentation.</summary>
public sealed class ShowCommand : ArchiveCommand
{
    private readonly Argument<string> _document = new("DOCUMENT") { Description = "A document id (its file name without extension) or file name" };
    private readonly Option<bool> _json = CommonOptions.Json();

    public ShowCommand()
        : base("show", "One document's metadata and segmentation into agenda items",
            "./archive show 000_3b4e825079c19f44",
            "./archive show 000_3b4e825079c19f44.pdf --json")
    {
        Add(_document);
        Add(_json);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var db = parse.GetValue(CommonOptions.Db)!;
        var id = parse.GetValue(_document)!;
        using var index = ArchiveIndex.Open(db, readOnly: true);
        var document = new DocumentReader(index).Find(id);
        if (document is null)
        {
            return ArchiveCli.Fail($"no document '{id}' in {db}");
        }
        if (parse.GetValue(_json))
        {
            return JsonOutput.Print(document);
        }
        Console.WriteLine($"{document.Id}  ({document.File}, {document.Pages} pages)");
        Console.WriteLine($"{document.Kind}: {document.Forum} {document.Cluster}, {(document.DateInferred ? $"ca. {document.Date} ({document.DateEarliest} – {document.DateLatest})" : document.Date)}");
        if (document.Organisation is not null)
        {
            Console.WriteLine(document.Organisation);
        }
        if (document.CaseNumber is not null)
        {
            Console.WriteLine($"Sagsnr. {document.CaseNumber}");
        }
        Console.WriteLine($"Afbud: {(document.Absent.Count == 0 ? "ingen" : string.Join(", ", document.Absent))}");
        foreach (var item in document.Items)
        {
            Console.WriteLine();
            Console.WriteLine($"{item.Number}. {item.Title}  [{item.Outcome}]");
            foreach (var section in item.Sections)
            {
                Console.WriteLine($"   {section.Kind}: {PlainText.Shorten(section.Text, 160)}");
            }
            foreach (var line in HitExporter.History(item.History).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Console.WriteLine($"   history: {PlainText.Shorten(line, 160)}");
            }
        }
        return 0;
    }
}
