using System.CommandLine;
using System.CommandLine.Parsing;

namespace Archive.Cli;

/// <summary>
/// Bad usage as one line on stderr (the contract's exit 1 with a one-line reason): the parser's first
/// error, the nearest command or option for a typo, and where to read more.
/// </summary>
public static class UsageErrors
{
    public static int Report(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var line = result.UnmatchedTokens.Count > 0
            ? Unknown(result.UnmatchedTokens[0], command)
            : string.Join(' ', result.Errors[0].Message.Split(['\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var path = CommandPath(command);
        // A typo is answered by its correction; a missing or bad value by an example of the command.
        var example = result.UnmatchedTokens.Count == 0 && command is ArchiveCommand { Examples.Count: > 0 } archive
            ? $" Example: {archive.Examples[0]}." : string.Empty;
        Console.Error.WriteLine($"archive: {line}{example} See: {path} --help");
        return 1;
    }

    public static string UnknownOption(string token, SymbolResult? parent) =>
        Unknown(token, (parent as CommandResult)?.Command);

    private static string Unknown(string token, Command? command)
    {
        var isOption = token.StartsWith('-');
        var candidates = command is null ? [] : isOption
            ? command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive))
                .Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).ToList()
            : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var kind = isOption ? "option" : command?.Subcommands.Count > 0 ? "command" : "argument";
        var nearest = Nearest(token, candidates);
        return nearest is null ? $"unknown {kind} '{token}'." : $"unknown {kind} '{token}': did you mean '{nearest}'?";
    }

    /// <summary>The candidate closest to the typed word by edit distance, if it is close enough to be a typo of it.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, best.Name.Length / 3) ? best.Name : null;
    }

    private static int Distance(string a, string b)
    {
        // Optimal string alignment: Levenshtein plus the transposition of two neighbours, the commonest typo.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>How the user types the command: `./archive` for the root, `./archive search` for a command (there are no deeper levels).</summary>
    public static string CommandPath(Command command) => command is RootCommand ? "./archive" : $"./archive {command.Name}";
}
