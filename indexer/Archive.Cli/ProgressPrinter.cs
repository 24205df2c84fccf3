using Archive.Index;

namespace Archive.Cli;

/// <summary>A progress bar on a terminal; one plain line per file when stderr is piped.</summary>
public sealed class ProgressPrinter : IProgress<IngestProgress>, IDisposable
{
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private bool _drawn;

    public void Report(IngestProgress value)
    {
        if (!_terminal)
        {
            Console.Error.WriteLine($"{value.Status.ToString().ToLowerInvariant()} {value.Path}");
            return;
        }
        const int width = 30;
        var filled = value.Total == 0 ? width : value.Done * width / value.Total;
        var name = value.Path.Length > 40 ? "…" + value.Path[^39..] : value.Path;
        Console.Error.Write($"\r[{new string('#', filled)}{new string(' ', width - filled)}] {value.Done}/{value.Total}{(value.OcrPages > 0 ? $" · {value.OcrPages} OCR pages" : string.Empty)} {name,-40}");
        _drawn = true;
    }

    public void Finish()
    {
        if (_drawn)
        {
            Console.Error.WriteLine();
            _drawn = false;
        }
    }

    public void Dispose() => Finish();
}
