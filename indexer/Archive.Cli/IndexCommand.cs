using System.CommandLine;
using System.Globalization;
using Archive.Index;

namespace Archive.Cli;

/// <summary>`./archive index PATH...`: incremental ingest of files and folders, with live progress on a terminal.</summary>
public sealed class IndexCommand : ArchiveCommand
{
    private readonly Argument<string[]> _paths = new("PATH") { Description = "Files and folders (.txt, .md, .html, .pdf, and scans as .pdf, .png, .jpg or .tif)", Arity = ArgumentArity.OneOrMore };
    private readonly Option<bool> _prune = new("--prune") { Description = "Also remove documents whose files are gone" };
    private readonly Option<double> _maxFileMb = new("--max-file-mb") { Description = "Refuse files larger than this", HelpName = "MB", DefaultValueFactory = _ => 100 };
    private readonly Option<bool> _noOcr = new("--no-ocr") { Description = "Do not read scans by OCR: a PDF page without a text layer is named, and image files are refused" };
    private readonly Option<int> _commitEvery = new("--commit-every")
    {
        Description = "Make the work durable after this many agenda items (and at least every 8 seconds): a kill loses at most that much",
        HelpName = "ITEMS",
        DefaultValueFactory = _ => 30_000,
    };
    private readonly Option<bool> _stats = new("--stats") { Description = "Print peak memory, CPU time and garbage collections on stderr (for benchmarks)" };

    public IndexCommand()
        : base("index", "Ingest files and folders, incrementally: an unchanged file is skipped, a changed one replaced",
            "./archive index corpus/",
            "./archive index ~/referater --db data/mine --prune")
    {
        _maxFileMb.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && double.TryParse(result.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var megabytes) && megabytes <= 0)
            {
                result.AddError("--max-file-mb takes a size above 0");
            }
        });
        _commitEvery.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var items) && items < 1)
            {
                result.AddError("--commit-every takes a number of items above 0");
            }
        });
        Add(_paths);
        Add(_prune);
        Add(_maxFileMb);
        Add(_noOcr);
        Add(_commitEvery);
        Add(_stats);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var db = parse.GetValue(CommonOptions.Db)!;
        var builder = new DocumentBuilder(new Extraction.DocumentExtractor(ocr: !parse.GetValue(_noOcr)) { MaxFileBytes = (long)(parse.GetValue(_maxFileMb) * 1024 * 1024) });
        if (!Text.DanishLexicon.Default.SystemListLoaded)
        {
            Console.Error.WriteLine($"archive: warning: {Text.DanishLexicon.SystemWordList} is missing (apt-get install wdanish): compound words will be split less");
        }
        // Blocking collections only, so that the heap does not grow while a background collection runs: with the
        // writer's 48 MB buffer, the 1M-item peak fell from 368 to 310 MB (measured together; BENCHMARKS.md).
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        using var index = ArchiveIndex.Open(db);
        var ingester = new ArchiveIngester(index, builder) { BatchItems = parse.GetValue(_commitEvery) };
        var paths = parse.GetValue(_paths)!;
        var prune = parse.GetValue(_prune);
        var report = OutputMode.Rich
            ? IndexProgressDisplay.Run(progress => ingester.Ingest(paths, prune, progress))
            : ingester.Ingest(paths, prune, new Progress());
        foreach (var (path, reason) in report.Failed)
        {
            Console.Error.WriteLine($"archive: {path}: {reason}");
        }
        foreach (var (path, note) in report.Notes)
        {
            Console.Error.WriteLine($"archive: {path}: {note} (left out; the rest is indexed)");
        }
        Console.WriteLine($"{report.Indexed} indexed, {report.Unchanged} unchanged, {report.Alternates} other renderings, {report.Removed} removed, {report.Failed.Count} failed ({db})");
        if (parse.GetValue(_stats))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak_rss_mb={ProcessStats.PeakResidentMegabytes():0.0} cpu_s={Environment.CpuUsage.TotalTime.TotalSeconds:0.00} gc_pause_s={GC.GetTotalPauseDuration().TotalSeconds:0.00}"));
            var gc = GC.GetGCMemoryInfo(GCKind.Any);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"managed_heap_mb={gc.HeapSizeBytes / 1e6:0.0} managed_committed_mb={gc.TotalCommittedBytes / 1e6:0.0} gc_count={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }
        return report.Failed.Count > 0 ? 2 : 0;
    }

    /// <summary>Without a live display: one plain line per file on stderr, for logs.</summary>
    private sealed class Progress : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) =>
            Console.Error.WriteLine($"{value.Status.ToString().ToLowerInvariant()} {value.Path}{(value.OcrPages > 0 ? $" ({value.OcrPages} pages by OCR)" : string.Empty)}");
    }
}
