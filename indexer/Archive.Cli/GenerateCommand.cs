using System.CommandLine;
using Archive.Generation;

namespace Archive.Cli;

/// <summary>`./archive generate`: realistic minutes built from the seed corpus, for benchmarks and load tests.</summary>
public sealed class GenerateCommand : ArchiveCommand
{
    private readonly Option<int> _meetings = new("--meetings") { Description = "How many meetings (about 8 agenda items each)", HelpName = "N", Required = true };
    private readonly Option<string> _out = new("--out") { Description = "The folder to write them to", HelpName = "DIR", Required = true };
    private readonly Option<int> _seed = new("--seed") { Description = "Random seed (the same seed writes the same minutes)", HelpName = "S", DefaultValueFactory = _ => 7 };
    private readonly Option<string> _corpus = new("--corpus") { Description = "The seed corpus", HelpName = "DIR", DefaultValueFactory = _ => "corpus" };

    public GenerateCommand()
        : base("generate", "Write realistic minutes for benchmarks",
            "./archive generate --meetings 1000 --out /tmp/minutes")
    {
        _meetings.Validators.Add(result => CommonOptions.InRange(result, "--meetings", 1, 10_000_000));
        _seed.Validators.Add(result => CommonOptions.InRange(result, "--seed", 0, int.MaxValue));
        Add(_meetings);
        Add(_out);
        Add(_seed);
        Add(_corpus);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.GetValue(_out)!;
        var meetings = parse.GetValue(_meetings);
        var items = MinutesGenerator.FromCorpus(Path.Combine(parse.GetValue(_corpus)!, "txt")).Write(output, meetings, parse.GetValue(_seed));
        Console.WriteLine($"{meetings} meetings with {items} agenda items written to {output}");
        return 0;
    }
}
