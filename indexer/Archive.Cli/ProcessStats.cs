using System.Globalization;

namespace Archive.Cli;

/// <summary>Facts about this process that benchmarks read: peak resident memory (Linux VmHWM).</summary>
public static class ProcessStats
{
    public static double PeakResidentMegabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && double.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var kb))
            {
                return kb / 1024;
            }
        }
        return Environment.WorkingSet / (1024.0 * 1024);
    }
}
