using System.Diagnostics;
using System.Text;

namespace Archive.Extraction;

/// <summary>
/// Runs a poppler tool (or Tesseract) as a child process with a time limit and an output-size limit, so a
/// pathological PDF or image can neither hang the run nor fill the memory.
/// </summary>
public sealed class PopplerRunner
{
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    public long OutputLimitBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Address-space limit of the child (through util-linux prlimit, when present): a decompression bomb cannot take the machine's memory.</summary>
    public long MemoryLimitBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    private static readonly bool HasPrlimit = File.Exists("/usr/bin/prlimit");

    public (int ExitCode, string Output, string Error) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(HasPrlimit ? "/usr/bin/prlimit" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // Pages are OCR'd one per core already: Tesseract's own OpenMP threads would only compete with each other.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        if (HasPrlimit)
        {
            start.ArgumentList.Add($"--as={MemoryLimitBytes}");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(tool);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ExtractionException($"{tool} is not installed (package {(tool == "tesseract" ? "tesseract-ocr" : "poppler-utils")}): {e.Message}", e);
        }

        var output = new StringBuilder();
        var tooLarge = false;
        var errorTask = process.StandardError.ReadToEndAsync();
        var outputTask = Task.Run(() =>
        {
            var buffer = new char[65536];
            int read;
            while ((read = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > OutputLimitBytes)
                {
                    tooLarge = true;
                    Kill(process);
                    return;
                }
                output.Append(buffer, 0, read);
            }
        });

        if (!process.WaitForExit(TimeLimit))
        {
            Kill(process);
            throw new ExtractionException($"{tool} took longer than {TimeLimit.TotalSeconds:0.#} s (pathological PDF or image?)");
        }
        outputTask.Wait(TimeSpan.FromSeconds(5));
        if (tooLarge)
        {
            throw new ExtractionException($"{tool} produced more than {Size(OutputLimitBytes)} of text (decompression bomb?)");
        }
        var error = errorTask.Wait(TimeSpan.FromSeconds(5)) ? errorTask.Result : string.Empty;
        return (process.ExitCode, output.ToString(), error);
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024.0:0.#} KB";

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
