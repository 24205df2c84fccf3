using System.CommandLine;
using Archive.Export;

namespace Archive.Cli;

/// <summary>`./archive export QUERY --format F --out FILE`: every hit of the query, not one page.</summary>
public sealed class ExportCommand : QueryCommand
{
    private readonly Option<string> _format = new("--format") { Description = "File format", Required = true };
    private readonly Option<string> _out = new("--out") { Description = "The file to write (replaced only once it is complete)", HelpName = "FILE", Required = true };

    public ExportCommand()
        : base("export", "Every hit of the query to a CSV, JSON or Excel file",
            "./archive export konfliktforebyggelse --format xlsx --out hits.xlsx")
    {
        _format.AcceptOnlyFromAmong("csv", "json", "xlsx");
        Add(_format);
        Add(_out);
    }

    protected override int Run(ParseResult parse, QuerySession session)
    {
        if (!HitExporter.TryParse(parse.GetValue(_format), out var format))
        {
            return ArchiveCli.Fail("export needs --format csv, json or xlsx");
        }
        var output = parse.GetValue(_out)!;
        var temporary = output + ".partial";
        int count;
        using (var stream = File.Create(temporary))
        {
            count = HitExporter.Write(session.Service.AllHits(session.Query), format, stream, session.Query.Original);
        }
        File.Move(temporary, output, overwrite: true);
        Console.WriteLine($"{count} agenda items written to {output}");
        return 0;
    }
}
