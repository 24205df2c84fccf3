using Spectre.Console;

namespace Archive.Cli;

/// <summary>
/// A long run in named stages (bench): on a terminal a live bar over all stages with the current one
/// named and the time left; elsewhere one line per stage on stderr.
/// </summary>
public static class StageProgressDisplay
{
    public static T Run<T>(string title, int stages, Func<Action<string>, T> work)
    {
        if (!OutputMode.Rich)
        {
            return work(stage => Console.Error.WriteLine($"archive: {title}: {stage}"));
        }
        return TerminalConsole.Out.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(title, maxValue: stages);
                var started = false;
                var result = work(stage =>
                {
                    // A stage is done when the next one begins.
                    if (started)
                    {
                        task.Increment(1);
                    }
                    started = true;
                    task.Description = $"{Markup.Escape(title)}: {Markup.Escape(stage)}";
                });
                task.Value = stages;
                task.Description = $"{Markup.Escape(title)}: done";
                return result;
            });
    }
}
