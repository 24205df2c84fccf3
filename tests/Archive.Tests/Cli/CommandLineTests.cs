extern alias cli;

using System.Text.RegularExpressions;
using cli::Archive.Cli;
using Archive.Index;
using Archive.Tests.Reliability;

namespace Archive.Tests.Cli;

/// <summary>The real `./archive` program as people and scripts meet it: help, typos, bad options, pipes and terminals.</summary>
public sealed partial class CommandLineTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    public static TheoryData<string> Commands() => new(ArchiveCli.Create().Subcommands.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_AnswersHelp_WithEveryOptionItsDefaultsAndAnExample(string name)
    {
        var command = ArchiveCli.Create().Subcommands.Single(c => c.Name == name);
        var (exit, output, error) = ArchiveProcess.Run(name, "--help");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"./archive {name}", output, StringComparison.Ordinal);
        var options = command.Options.Concat(ArchiveCli.Create().Options.Where(o => o.Recursive)).Where(o => !o.Hidden);
        foreach (var option in options)
        {
            Assert.Contains(option.Name, output, StringComparison.Ordinal);
            if (option.HasDefaultValue && option.GetDefaultValue() is { } value and not false)
            {
                Assert.Contains($"[default: {value}]", output, StringComparison.Ordinal);
            }
        }
        var examples = output[output.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains($"  ./archive {name}", examples, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index", "--prune", "--max-file-mb")]
    [InlineData("search", "--limit", "--page", "--sort", "--json")]
    [InlineData("trace", "--limit", "--json")]
    [InlineData("show", "--json")]
    [InlineData("export", "--format", "--out")]
    [InlineData("serve", "--urls")]
    public void TheContractsCommands_NameTheirOptionsAndDb_InHelp(string name, params string[] options)
    {
        var (exit, output, _) = ArchiveProcess.Run(name, "--help");
        Assert.Equal(0, exit);
        foreach (var option in options.Append("--db"))
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheProgram_WithoutACommand_ListsEveryCommand_AndExits1()
    {
        var (exit, output, _) = ArchiveProcess.Run();
        Assert.Equal(1, exit);
        foreach (var command in ArchiveCli.Create().Subcommands)
        {
            Assert.Contains($"  {command.Name}", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_NamesTheProgramsVersion_AndTheIndexSchemaItReads()
    {
        var (exit, output, _) = ArchiveProcess.Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches($@"^archive \d+\.\d+\.\d+.*, index schema {IndexSchema.Version}$", output.Trim());
    }

    [Theory]
    [InlineData("serch", "did you mean 'search'?")]
    [InlineData("trcae", "did you mean 'trace'?")]
    [InlineData("indx", "did you mean 'index'?")]
    public void ATypoedCommand_IsAnsweredWithTheNearestCommand_OnOneLine(string typo, string answer)
    {
        var (exit, output, error) = ArchiveProcess.Run(typo, "konfliktforebyggelse");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains($"unknown command '{typo}'", error, StringComparison.Ordinal);
        Assert.Contains(answer, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown option '--limti': did you mean '--limit'?", "search", "konfliktforebyggelse", "--limti", "5")]
    [InlineData("unknown option '--port'", "serve", "--port", "5081")]
    [InlineData("--limit takes a number from 1", "search", "konfliktforebyggelse", "--limit", "0")]
    [InlineData("Cannot parse argument 'mange'", "trace", "konfliktforebyggelse", "--limit", "mange")]
    [InlineData("'pdf' not recognized. Must be one of: 'csv' 'json' 'xlsx'", "export", "konfliktforebyggelse", "--format", "pdf", "--out", "x.pdf")]
    [InlineData("Required argument 'QUERY' missing", "search")]
    public void ABadOption_ExitsWith1_AndOneLineNamingIt(string reason, params string[] arguments)
    {
        var (exit, output, error) = ArchiveProcess.Run([.. arguments, "--db", corpus.DatabasePath]);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("archive: ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "konfliktforebyggelse")]
    [InlineData("trace", "konfliktforebyggelse")]
    [InlineData("show", "000_3b4e825079c19f44")]
    public void PipedOutput_HasNoEscapeCodes_AndShowsTheMatchInBrackets(string command, string argument)
    {
        var (exit, output, error) = ArchiveProcess.Run(command, argument, "--db", corpus.DatabasePath);
        Assert.Equal(0, exit);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.Contains(command == "show" ? "000_3b4e825079c19f44" : "konfliktforebyggelse", output, StringComparison.Ordinal);
        if (command == "search")
        {
            Assert.Contains("[konfliktforebyggelse]", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void APipedIndexRun_ReportsOnePlainLinePerFile_WithoutEscapeCodes()
    {
        using var folder = new TemporaryFolder("archive-cli-");
        var (exit, output, error) = ArchiveProcess.Run("index", Repository.Corpus("txt"), "--db", folder.PathTo("a.db"));
        Assert.Equal(0, exit);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.Equal(Repository.SeedIds.Count(), error.Split('\n').Count(l => l.StartsWith("indexed ", StringComparison.Ordinal)));
        Assert.Contains("5 indexed, 0 unchanged", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIndexRunOnATerminal_ShowsLiveProgress_WithFilesPagesItemsRateAndFailures()
    {
        using var folder = new TemporaryFolder("archive-cli-");
        var screen = TerminalSession.Run(new Dictionary<string, string>(), "index", Repository.Corpus("txt"), Repository.Corpus("pdf"), "--db", folder.PathTo("a.db"));
        var text = Plain(screen);
        Assert.Matches(CursorMovement(), screen);
        Assert.Contains("files 10/10", text, StringComparison.Ordinal);
        Assert.Matches(@"pages [1-9]\d* · items [1-9]\d* · [\d,]+ items/s · failed 0", text);
        Assert.Contains("100%", text, StringComparison.Ordinal);
        Assert.Contains("5 indexed, 0 unchanged, 5 other renderings", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchOnATerminal_IsATable_WithTheMatchHighlighted()
    {
        var screen = TerminalSession.Run(new Dictionary<string, string>(), "search", "konfliktforebyggelse", "--db", corpus.DatabasePath);
        Assert.Contains("╭", screen, StringComparison.Ordinal);
        Assert.Contains("Agenda item", screen, StringComparison.Ordinal);
        Assert.Matches("\u001b\\[[0-9;]*mkonfliktforebyggelse\u001b\\[0m", screen);
    }

    [Fact]
    public void NoColor_OnATerminal_KeepsTheTable_WithoutColourOrLiveProgress()
    {
        var environment = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        var search = TerminalSession.Run(environment, "trace", "konfliktforebyggelse", "--db", corpus.DatabasePath);
        Assert.Contains("╭", search, StringComparison.Ordinal);
        Assert.DoesNotMatch(Colour(), search);
        using var folder = new TemporaryFolder("archive-cli-");
        var index = TerminalSession.Run(environment, "index", Repository.Corpus("txt"), "--db", folder.PathTo("a.db"));
        Assert.DoesNotMatch(Colour(), index);
        Assert.DoesNotMatch(CursorMovement(), index);
        Assert.Contains("5 indexed", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_NamesItsAddressAndIndex_AndRefusesATakenPortClearly()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";
        var refused = ArchiveProcess.Run("serve", "--db", corpus.DatabasePath, "--urls", url);
        Assert.Equal(1, refused.Exit);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.Contains($"cannot serve on {url}: the port is taken", refused.Error, StringComparison.Ordinal);
        taken.Stop();

        using var server = ArchiveProcess.Start("serve", "--db", corpus.DatabasePath, "--urls", url);
        try
        {
            var line = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal($"Serving {corpus.DatabasePath} (5 documents) on {url}; Ctrl+C stops", line);
            using var client = new HttpClient();
            Assert.True((await client.GetAsync(new Uri($"{url}/health"))).IsSuccessStatusCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public void BashCompletion_CompletesCommandsAndOptionValues()
    {
        using var folder = new TemporaryFolder("archive-cli-");
        var program = folder.PathTo("archive");
        File.WriteAllText(program, $"#!/bin/sh\nexec dotnet '{ArchiveProcess.Dll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var (exit, script, _) = ArchiveProcess.Run("completion", "bash");
        Assert.Equal(0, exit);
        File.WriteAllText(folder.PathTo("completion.sh"), script);
        string Complete(string line) => Bash($"""
            source '{folder.PathTo("completion.sh")}'
            COMP_LINE='{program} {line}'; COMP_POINT=${"{"}#COMP_LINE{"}"}; read -ra COMP_WORDS <<< "$COMP_LINE"
            _archive_complete; printf '%s\n' "${"{"}COMPREPLY[@]{"}"}"
            """);
        Assert.Equal(["search", "serve"], Complete("se").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["csv", "json", "xlsx"], Complete("export x --format ").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Bash(string script)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>The screen's text without escape sequences.</summary>
    private static string Plain(string screen) => EscapeSequence().Replace(screen, string.Empty);

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex EscapeSequence();

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Colour();

    /// <summary>The live display redraws itself: the cursor moves up (CSI n A) or the cursor is hidden (CSI ?25l).</summary>
    [GeneratedRegex(@"\u001b\[(\d*A|\?25l)")]
    private static partial Regex CursorMovement();
}
