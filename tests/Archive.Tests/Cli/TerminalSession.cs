using System.Diagnostics;
using Archive.Tests.Reliability;

namespace Archive.Tests.Cli;

/// <summary>Runs `./archive` on a pseudo-terminal (util-linux `script`), as a person at a terminal would see it.</summary>
public static class TerminalSession
{
    public static string Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var command = string.Join(' ', new[] { "dotnet", ArchiveProcess.Dll }.Concat(arguments).Select(Quote));
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var argument in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"script: archive {string.Join(' ', arguments)} did not finish");
        }
        Assert.True(process.ExitCode == 0, $"archive {string.Join(' ', arguments)} exited {process.ExitCode} on a terminal:\n{output}\n{error.Result}");
        return output;
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
