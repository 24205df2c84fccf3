using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using Archive.Index;

namespace Archive.Cli;

/// <summary>Options and arguments that several commands share, defined once so that they read alike in every help.</summary>
public static class CommonOptions
{
    /// <summary>The index every command reads or writes; on the root and inherited by every command.</summary>
    public static Option<string> Db { get; } = new("--db")
    {
        Description = "The index (a file, as the engine keeps it)",
        HelpName = "PATH",
        DefaultValueFactory = _ => ArchiveIndex.DefaultPath,
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (the shape in the README) instead of text" };

    public static Option<int> Limit(int defaultValue, int max, string description)
    {
        var option = new Option<int>("--limit")
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result => InRange(result, "--limit", 1, max));
        return option;
    }

    /// <summary>The words of a query; a word that looks like an option (--x) is refused as an unknown option rather than searched for.</summary>
    public static Argument<string[]> Query(string helpName = "QUERY")
    {
        var argument = new Argument<string[]>(helpName)
        {
            Description = "Words, \"exact phrases\", prefix*, OR, -exclude and filters (klynge:, forum:, år:, udfald:)",
            Arity = ArgumentArity.OneOrMore,
        };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2) is { } stray)
            {
                result.AddError(UsageErrors.UnknownOption(stray.Value, result.Parent));
            }
        });
        return argument;
    }

    public static void InRange(OptionResult result, string name, int min, int max)
    {
        // A value that is not a number at all is the parser's own error; only a number is checked here.
        if (result.Tokens.Count == 0 || !int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return;
        }
        if (value < min || value > max)
        {
            result.AddError($"{name} takes a number from {min} to {max:N0}, not {value}");
        }
    }

    /// <summary>The path the user gave with --db, or null when the default is used.</summary>
    public static string? ExplicitDb(ParseResult result) => result.GetResult(Db) is { Implicit: false } ? result.GetValue(Db) : null;
}
