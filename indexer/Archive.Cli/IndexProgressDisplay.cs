using System.Diagnostics;
using System.Globalization;
using Archive.Index;
using Spectre.Console;

namespace Archive.Cli;

/// <summary>
/// The live display of an index run on a terminal: files done of all, pages, agenda items, items per
/// second, failures so far, a bar and the time left.
/// </summary>
public sealed class IndexProgressDisplay : IProgress<IngestProgress>
{
    /// <summary>The counters summed over the files reported so far, in display order. A new counter is one line here.</summary>
    private static readonly Counter[] Counters =
    [
        new("pages", p => p.Pages),
        new("items", p => p.Items),
        new("failed", p => p.Status == IngestStatus.Failed ? 1 : 0, Alarm: true),
    ];

    private static readonly int ItemsCounter = Array.FindIndex(Counters, c => c.Label == "items");

    private readonly ProgressTask _task;
    private readonly long[] _totals = new long[Counters.Length];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private IndexProgressDisplay(ProgressTask task) => _task = task;

    private sealed record Counter(string Label, Func<IngestProgress, int> PerFile, bool Alarm = false);

    /// <summary>Runs the ingest under the live display, which stays on screen with its final counts.</summary>
    public static IngestReport Run(Func<IProgress<IngestProgress>, IngestReport> ingest) =>
        TerminalConsole.Out.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("files: finding them", maxValue: 1);
                task.IsIndeterminate = true;
                var report = ingest(new IndexProgressDisplay(task));
                task.Value = task.MaxValue;
                return report;
            });

    public void Report(IngestProgress value)
    {
        for (var i = 0; i < Counters.Length; i++)
        {
            _totals[i] += Counters[i].PerFile(value);
        }
        _task.IsIndeterminate = false;
        _task.MaxValue = Math.Max(1, value.Total);
        _task.Value = value.Done;
        _task.Description = Describe(value);
    }

    private string Describe(IngestProgress value)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"files [bold]{value.Done:N0}[/]/{value.Total:N0}") };
        for (var i = 0; i < Counters.Length; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{Counters[i].Label} {_totals[i]:N0}");
            parts.Add(Counters[i].Alarm && _totals[i] > 0 ? $"[red]{text}[/]" : text);
        }
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        parts.Insert(ItemsCounter + 2, string.Create(CultureInfo.InvariantCulture, $"{_totals[ItemsCounter] / seconds:N0} items/s"));
        return string.Join(" · ", parts);
    }
}
