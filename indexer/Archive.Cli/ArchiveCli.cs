using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using Archive.Index;

namespace Archive.Cli;

/// <summary>
/// The `./archive` command line on System.CommandLine: every command is registered here, once;
/// help gains an example section; --version names the index schema; bad usage is one line on stderr, exit 1.
/// </summary>
public static class ArchiveCli
{
    /// <summary>Every command, in the order help lists them. A new command is one line here.</summary>
    private static IEnumerable<ArchiveCommand> Commands() =>
    [
        new IndexCommand(),
        new SearchCommand(),
        new TraceCommand(),
        new ShowCommand(),
        new RelatedCommand(),
        new CaseCommand(),
        new ExportCommand(),
        new ServeCommand(),
        new TrainCommand(),
        new EvaluateCommand(),
        new GenerateCommand(),
        new BenchCommand(),
        new LoadCommand(),
        new CompletionCommand(),
    ];

    public static RootCommand Create()
    {
        var root = new RootCommand("Search and trace Danish meeting minutes (referater): index files, then search, trace, show, export or serve them.")
        {
            HelpName = "./archive",
        };
        root.Options.Add(CommonOptions.Db);
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }
        foreach (var option in root.Options)
        {
            if (option is VersionOption)
            {
                option.Action = new VersionAction();
            }
            else if (option is HelpOption { Action: SynchronousCommandLineAction help })
            {
                option.Action = new ExamplesHelpAction(help);
            }
        }
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Create();
        // "@file" is not expanded: a query or a path may start with @.
        // `./archive help [COMMAND]` reads as `./archive [COMMAND] --help`, as it did before.
        string[] words = args is ["help", .. var rest] ? [.. rest, "--help"] : args.Length == 0 ? ["--help"] : args;
        var result = root.Parse(words, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
        {
            return UsageErrors.Report(result);
        }
        try
        {
            var exit = await result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            // Without a command, help is shown and the run counts as bad usage, as before.
            return args.Length == 0 ? 1 : exit;
        }
        catch (IndexException e)
        {
            return Fail(e.Message);
        }
    }

    /// <summary>A one-line reason on stderr and exit code 1 (bad usage or bad query).</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine($"archive: {message}");
        return 1;
    }

    public static string Version
    {
        get
        {
            var informational = typeof(ArchiveCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : $"{informational[..plus]} (commit {informational[(plus + 1)..][..Math.Min(12, informational.Length - plus - 1)]})";
        }
    }

    /// <summary>--help: the library's help, then the command's examples.</summary>
    private sealed class ExamplesHelpAction(SynchronousCommandLineAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = help.Invoke(parseResult);
            var examples = parseResult.CommandResult.Command is ArchiveCommand command
                ? command.Examples
                : ["./archive index corpus/", "./archive search konfliktforebyggelse", "./archive search --help"];
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine($"  {example}");
            }
            output.WriteLine();
            return exit;
        }
    }

    /// <summary>--version: the program's version and the index schema it reads and writes.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"archive {Version}, index schema {IndexSchema.Version}");
            return 0;
        }
    }
}
