using System.Diagnostics;

namespace Archive.Tests.Reliability;

/// <summary>Runs the built `./archive` program (the same configuration as the tests) as a separate process.</summary>
public static class ArchiveProcess
{
    public static string Dll { get; } = Path.Combine(Repository.Root, "indexer", "Archive.Cli", "bin",
        AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug", "net10.0", "Archive.Cli.dll");

    public static Process Start(params string[] arguments) => StartIn(Repository.Root, arguments);

    public static Process StartIn(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start)!;
    }

    public static (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        using var process = Start(arguments);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"archive {string.Join(' ', arguments)} did not finish");
        }
        return (process.ExitCode, output, error.Result);
    }
}
