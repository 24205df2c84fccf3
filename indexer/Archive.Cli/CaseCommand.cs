using System.CommandLine;
using Archive.Cases;
using Archive.Index;

namespace Archive.Cli;

/// <summary>`./archive case CASE`: a case's path through forums and meetings, in date order.</summary>
public sealed class CaseCommand : ArchiveCommand
{
    private readonly Argument<string> _case = new("CASE") { Description = "A case number as the minutes print it (15/34881, 00.01.00-A00-1-20), or a document id when ITEM is given" };
    private readonly Argument<string?> _item = new("ITEM") { Description = "An agenda item's number in the document CASE: the case that item belongs to", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<bool> _json = CommonOptions.Json();

    public CaseCommand()
        : base("case", "A case's path through forums and meetings: each treatment in date order with its decision",
            "./archive case 15/34881",
            "./archive case 00.01.00-A00-1-20 --json",
            "./archive case greve-byraadet-2022-11-07 13")
    {
        Add(_case);
        Add(_item);
        Add(_json);
        SetAction(Run);
    }

    /// <summary>Exit 0 with the path, 1 when no item prints the number (or the item belongs to no case).</summary>
    private int Run(ParseResult parse)
    {
        var db = parse.GetValue(CommonOptions.Db)!;
        var (number, item) = (parse.GetValue(_case)!, parse.GetValue(_item));
        using var index = ArchiveIndex.Open(db, readOnly: true);
        var cases = new CaseService(index);
        CasePath? path;
        if (item is null)
        {
            path = cases.Find(number);
            if (path is null)
            {
                return ArchiveCli.Fail($"no item prints the case number '{number}' in {db}");
            }
        }
        else
        {
            var id = new DocumentReader(index).Find(number)?.Id ?? number;
            path = cases.ForItem(id, item);
            if (path is null)
            {
                return ArchiveCli.Fail($"no item {item} of a document '{number}' in {db}");
            }
            if (path.Steps.Count == 0)
            {
                return ArchiveCli.Fail($"item {item} of '{number}' belongs to no case in {db}");
            }
        }
        if (parse.GetValue(_json))
        {
            return JsonOutput.Print(path);
        }
        Console.WriteLine($"{(path.CaseNumber is null ? "Sag uden nummer" : $"Sag {path.CaseNumber}")}: {path.Steps.Count} {(path.Steps.Count == 1 ? "behandling" : "behandlinger")}");
        foreach (var step in path.Steps)
        {
            Console.WriteLine();
            var where = step.DocumentId is null ? $"(fra historikken i {step.PrintedIn})" : $"{step.DocumentId} punkt {step.ItemNumber}";
            Console.WriteLine($"{(step.DateInferred ? "ca. " : string.Empty)}{step.Date ?? "uden dato"}  {step.Forum ?? "ukendt forum"}  {where}  [{step.Outcome}]  sikkerhed {step.Confidence:0.00}");
            Console.WriteLine($"  {step.Title}");
            if (step.Recommendation is not null)
            {
                Console.WriteLine($"  Indstilling: {PlainText.Shorten(step.Recommendation, 160)}");
            }
            if (step.Decision is not null)
            {
                Console.WriteLine($"  Beslutning: {PlainText.Shorten(step.Decision, 160)}");
            }
            Console.WriteLine($"  Hvorfor: {step.Why}");
        }
        return 0;
    }
}
