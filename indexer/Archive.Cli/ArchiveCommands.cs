using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Analysis;
using Archive.Api;
using Archive.Export;
using Archive.Index;
using Archive.Search;
using Archive.Training;

namespace Archive.Cli;

/// <summary>The `./archive` commands: index, search, trace, show, export, serve, train.</summary>
public static class ArchiveCommands
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--db", "--limit", "--page", "--format", "--out", "--urls", "--sort", "--max-file-mb", "--corpus", "--root",
        "--items", "--dir", "--repeat", "--meetings", "--seed", "--seconds", "--clients", "--peer",
    };

    private const string Usage = """
        usage: ./archive COMMAND [options]   (every command takes --db FILE, default data/archive.db)
          index PATH... [--prune] [--max-file-mb N]   ingest .txt/.md/.pdf files and folders
          search QUERY [--limit N] [--page N] [--sort relevance|date] [--json]
          trace QUERY [--limit N] [--json]              the topic's history in date order
          show DOCUMENT [--json]                        one meeting: metadata and agenda items
          export QUERY --format csv|json|xlsx --out FILE
          serve [--urls URL]                            API and web page (default http://127.0.0.1:5080)
          train                                         retrain the models and write their evaluation
          evaluate [FOLDER]                             score segmentation and outcomes against FOLDER/gold (default corpus/real)
          generate --meetings N --out DIR [--seed S]    write realistic minutes for benchmarks
          bench [--items 10000,100000] [--repeat R] [--peer postgres]
                                                        measure ingest, size, analyzer and query latency
          load [--seconds 30] [--clients 32]            bounded load test of serve on loopback
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }
        var arguments = new CliArguments(args.Skip(1), ValueOptions);
        if (arguments.Error is not null)
        {
            return Fail(arguments.Error);
        }
        var db = arguments.Value("--db") ?? ArchiveIndex.DefaultPath;
        try
        {
            return args[0] switch
            {
                "index" => Index(arguments, db),
                "search" => Search(arguments, db),
                "trace" => Trace(arguments, db),
                "show" => Show(arguments, db),
                "export" => Export(arguments, db),
                "serve" => await ServeAsync(arguments, db),
                "train" => Train(arguments),
                "evaluate" => EvaluateCommand.Run(arguments),
                "generate" => Generate(arguments),
                "bench" => BenchCommand.Run(arguments),
                "load" => await LoadCommand.RunAsync(arguments, db),
                _ => Fail($"unknown command '{args[0]}'\n{Usage}"),
            };
        }
        catch (IndexException e)
        {
            return Fail(e.Message);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("libstemmer", StringComparison.Ordinal))
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"archive: {message}");
        return 1;
    }

    private static int Index(CliArguments arguments, string db)
    {
        if (arguments.Positional.Count == 0)
        {
            return Fail("index needs at least one file or folder, as in: ./archive index corpus/");
        }
        var builder = new DocumentBuilder(new Extraction.DocumentExtractor
        {
            MaxFileBytes = (long)(double.Parse(arguments.Value("--max-file-mb") ?? "100", CultureInfo.InvariantCulture) * 1024 * 1024),
        });
        if (!Text.DanishLexicon.Default.SystemListLoaded)
        {
            Console.Error.WriteLine($"archive: warning: {Text.DanishLexicon.SystemWordList} is missing (apt-get install wdanish): compound words will be split less");
        }
        using var index = ArchiveIndex.Open(db);
        using var progress = new ProgressPrinter();
        var report = new ArchiveIngester(index, builder).Ingest(arguments.Positional, arguments.Has("--prune"), progress);
        progress.Finish();
        foreach (var (path, reason) in report.Failed)
        {
            Console.Error.WriteLine($"archive: {path}: {reason}");
        }
        Console.WriteLine($"{report.Indexed} indexed, {report.Unchanged} unchanged, {report.Alternates} other renderings, {report.Removed} removed, {report.Failed.Count} failed ({db})");
        if (arguments.Has("--stats"))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak_rss_mb={ProcessStats.PeakResidentMegabytes():0.0}"));
            var gc = GC.GetGCMemoryInfo(GCKind.Any);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"managed_heap_mb={gc.HeapSizeBytes / 1e6:0.0} managed_committed_mb={gc.TotalCommittedBytes / 1e6:0.0} gc_count={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }
        return report.Failed.Count > 0 ? 2 : 0;
    }

    private static (SearchService? Service, ArchiveIndex? Index, ParsedQuery? Query, int Exit) Prepare(CliArguments arguments, string db, string command)
    {
        if (arguments.Positional.Count == 0)
        {
            return (null, null, null, Fail($"{command} needs a query, as in: ./archive {command} konfliktforebyggelse"));
        }
        var index = ArchiveIndex.Open(db, readOnly: true);
        var service = new SearchService(index, new DanishAnalyzer());
        var parsed = service.Parser.Parse(string.Join(' ', arguments.Positional));
        if (!parsed.Succeeded)
        {
            index.Dispose();
            return (null, null, null, Fail($"bad query: {parsed.Error}"));
        }
        return (service, index, parsed.Query, 0);
    }

    private static int Search(CliArguments arguments, string db)
    {
        var (service, index, query, exit) = Prepare(arguments, db, "search");
        if (service is null)
        {
            return exit;
        }
        using (index)
        {
            if (!TryInt(arguments.Value("--limit") ?? "20", 1, 10_000, out var limit) || !TryInt(arguments.Value("--page") ?? "1", 1, 1_000_000, out var page))
            {
                return Fail("--limit takes 1-10000 and --page a number from 1");
            }
            var sort = arguments.Value("--sort") == "date" ? SearchSort.Date : SearchSort.Relevance;
            var result = service.Search(query!, page, limit, sort);
            if (arguments.Has("--json"))
            {
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
                return 0;
            }
            Console.WriteLine($"{result.Total} agenda items match '{result.Query}'");
            foreach (var hit in result.Hits)
            {
                Console.WriteLine();
                Console.WriteLine($"{hit.Date ?? "uden dato"}{(hit.DateInferred ? " (ca.)" : string.Empty)}  {hit.Forum} {hit.Cluster}  [{hit.Outcome}]  score {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}");
                Console.WriteLine($"  {hit.DocumentId} punkt {hit.ItemNumber}: {hit.ItemTitle}");
                Console.WriteLine($"  {Terminal(hit.Snippet)}");
            }
            return 0;
        }
    }

    private static int Trace(CliArguments arguments, string db)
    {
        var (service, index, query, exit) = Prepare(arguments, db, "trace");
        if (service is null)
        {
            return exit;
        }
        using (index)
        {
            var result = service.Trace(query!, TryInt(arguments.Value("--limit") ?? string.Empty, 1, 1_000_000, out var limit) ? limit : SearchService.DefaultTraceLimit);
            if (arguments.Has("--json"))
            {
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
                return 0;
            }
            Console.WriteLine($"'{result.Query}' through the archive: {result.Total} agenda items in date order{(result.Total > result.Events.Count ? $", the first {result.Events.Count} shown (--limit)" : string.Empty)}");
            foreach (var e in result.Events)
            {
                Console.WriteLine();
                Console.WriteLine($"{(e.DateInferred ? "ca. " : string.Empty)}{e.Date ?? "uden dato"}  {e.Forum} {e.Cluster}  [{e.Outcome}]");
                Console.WriteLine($"  {e.DocumentId} punkt {e.ItemNumber}: {e.ItemTitle}");
                Console.WriteLine($"  Beslutning: {Shorten(e.Decision, 300)}");
            }
            return 0;
        }
    }

    private static int Show(CliArguments arguments, string db)
    {
        if (arguments.Positional.Count != 1)
        {
            return Fail("show needs one document id or file name, as in: ./archive show 000_3b4e825079c19f44");
        }
        using var index = ArchiveIndex.Open(db, readOnly: true);
        var document = new DocumentReader(index).Find(arguments.Positional[0]);
        if (document is null)
        {
            return Fail($"no document '{arguments.Positional[0]}' in {db}");
        }
        if (arguments.Has("--json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(document, Json));
            return 0;
        }
        Console.WriteLine($"{document.Id}  ({document.File}, {document.Pages} pages)");
        Console.WriteLine($"{document.Kind}: {document.Forum} {document.Cluster}, {(document.DateInferred ? $"ca. {document.Date} ({document.DateEarliest} – {document.DateLatest})" : document.Date)}");
        if (document.CaseNumber is not null)
        {
            Console.WriteLine($"Sagsnr. {document.CaseNumber}");
        }
        Console.WriteLine($"Afbud: {(document.Absent.Count == 0 ? "ingen" : string.Join(", ", document.Absent))}");
        foreach (var item in document.Items)
        {
            Console.WriteLine();
            Console.WriteLine($"{item.Number}. {item.Title}  [{item.Outcome}]");
            foreach (var section in item.Sections)
            {
                Console.WriteLine($"   {section.Kind}: {Shorten(section.Text, 160)}");
            }
            foreach (var line in HitExporter.History(item.History).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Console.WriteLine($"   history: {Shorten(line, 160)}");
            }
        }
        return 0;
    }

    private static int Export(CliArguments arguments, string db)
    {
        if (!HitExporter.TryParse(arguments.Value("--format"), out var format))
        {
            return Fail("export needs --format csv, json or xlsx");
        }
        var output = arguments.Value("--out");
        if (string.IsNullOrEmpty(output))
        {
            return Fail("export needs --out FILE");
        }
        var (service, index, query, exit) = Prepare(arguments, db, "export");
        if (service is null)
        {
            return exit;
        }
        using (index)
        {
            var temporary = output + ".partial";
            int count;
            using (var stream = File.Create(temporary))
            {
                count = HitExporter.Write(service.AllHits(query!), format, stream, query!.Original);
            }
            File.Move(temporary, output, overwrite: true);
            Console.WriteLine($"{count} agenda items written to {output}");
            return 0;
        }
    }

    /// <summary>
    /// The folders of a corpus that hold minutes: the seeds (txt/, pdf/) and the real minutes (real/docs/), so
    /// that gold annotations and SOURCES.md are never indexed as minutes. Any other folder is taken whole.
    /// </summary>
    private static string[] MinutesFolders(string corpus)
    {
        var known = new[] { "txt", "pdf", Path.Combine("real", "docs") }.Select(f => Path.Combine(corpus, f)).Where(Directory.Exists).ToArray();
        return known.Length > 0 ? known : [corpus];
    }

    private static async Task<int> ServeAsync(CliArguments arguments, string db)
    {
        if (!arguments.Has("--db") && Directory.Exists(arguments.Value("--corpus") ?? "corpus"))
        {
            // The default index follows corpus/: missing or stale documents are (re)indexed before serving,
            // and an index written by another version of the program is rebuilt from it.
            using var index = OpenOrRebuild(db);
            var report = new ArchiveIngester(index).Ingest(MinutesFolders(arguments.Value("--corpus") ?? "corpus"), prune: true);
            Console.Error.WriteLine($"archive: corpus: {report.Indexed} indexed, {report.Unchanged} unchanged, {report.Failed.Count} failed");
        }
        var urls = arguments.Value("--urls") ?? "http://127.0.0.1:5080";
        var app = ApiHost.Build([], db, urls);
        Console.Error.WriteLine($"archive: serving {db} on {urls}");
        await app.RunAsync();
        return 0;
    }

    private static ArchiveIndex OpenOrRebuild(string db)
    {
        try
        {
            return ArchiveIndex.Open(db);
        }
        catch (IndexException e) when (e.OtherVersion)
        {
            Console.Error.WriteLine($"archive: {db} was written by another version of archive; rebuilding it from the corpus");
            foreach (var file in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
            return ArchiveIndex.Open(db);
        }
    }

    private static int Train(CliArguments arguments)
    {
        var root = arguments.Value("--root") ?? ".";
        var extractor = new Extraction.DocumentExtractor();
        var library = Path.Combine(root, "indexer/Archive.Indexer");

        // Headings first: the outcome model reads the gold decisions through a segmenter with the weights just trained.
        var prior = Text.EmbeddedText.Lines(Segmentation.ItemHeadingDetector.PriorResource)
            .Select(l => l.Split('\t')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var headingTrainer = new ItemHeadingTrainer { Prior = prior };
        var real = TrainingData.Real(Path.Combine(root, "corpus/real"), extractor).ToList();
        // Headings learn from the seeds and training/ only (see CorpusEvaluation.HeadingsFromReal); the real minutes are measured.
        var other = TrainingData.Seeds(Path.Combine(root, "corpus"), extractor)
            .Concat(TrainingData.Labelled(Path.Combine(root, "training/segmentation"), extractor)).ToList();
        var documents = other;
        var headingReport = headingTrainer.Evaluate(other, prior);
        var headingWeights = headingTrainer.Train(documents);

        var outcomeTrainer = new OutcomeModelTrainer();
        var handLabelled = OutcomeModelTrainer.LoadTsv(Path.Combine(root, "training/outcomes.tsv"));
        var gold = OutcomeModelTrainer.LoadGold(Path.Combine(root, "corpus/gold"), Path.Combine(root, "corpus/txt"), headingWeights);
        var realOutcomes = OutcomeModelTrainer.LoadReal(real, headingWeights);
        var realReport = new CorpusEvaluation { HeadingTrainer = headingTrainer, OutcomeTrainer = outcomeTrainer }
            .Report(real, other, [.. handLabelled, .. gold], realOutcomes);
        // The real minutes' decisions are measured, not learned: learning them cost a fixture its outcome (see models/EVALUATION.md).
        var model = outcomeTrainer.Train(handLabelled.Concat(gold));
        File.WriteAllText(Path.Combine(library, "Segmentation/item-heading-weights.txt"), ItemHeadingTrainer.ToWeightsFile(headingWeights));
        File.WriteAllText(Path.Combine(library, "Classification/outcome-model.json"), model.ToJson());
        var outcomeReport = outcomeTrainer.Evaluate(handLabelled, gold);

        Directory.CreateDirectory(Path.Combine(root, "models"));
        var report = $"# Models: evaluation\n\nRegenerate with `./archive train` (deterministic: fixed seeds).\n\n{realReport}\n{headingReport}\n{outcomeReport.Replace("# Outcome", "## Outcome", StringComparison.Ordinal)}";
        File.WriteAllText(Path.Combine(root, "models/EVALUATION.md"), report);
        Console.WriteLine(report);
        Console.WriteLine($"heading weights from {documents.Count} documents, outcome model from {handLabelled.Count} hand-labelled, {gold.Count} seed gold decisions ({realOutcomes.Count} real ones measured); rebuild to use them");
        return 0;
    }

    private static int Generate(CliArguments arguments)
    {
        var output = arguments.Value("--out");
        if (output is null || !TryInt(arguments.Value("--meetings") ?? string.Empty, 1, 10_000_000, out var meetings))
        {
            return Fail("generate needs --meetings N and --out DIR");
        }
        var seed = TryInt(arguments.Value("--seed") ?? "7", 0, int.MaxValue, out var s) ? s : 7;
        var items = Generation.MinutesGenerator.FromCorpus(Path.Combine(arguments.Value("--corpus") ?? "corpus", "txt")).Write(output, meetings, seed);
        Console.WriteLine($"{meetings} meetings with {items} agenda items written to {output}");
        return 0;
    }

    private static bool TryInt(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static string Terminal(string snippet) =>
        System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", Console.IsOutputRedirected ? "[" : "\u001b[1;33m", StringComparison.Ordinal)
            .Replace("</mark>", Console.IsOutputRedirected ? "]" : "\u001b[0m", StringComparison.Ordinal));

    private static string Shorten(string text, int length)
    {
        var flat = text.Replace("\n\n", " ¶ ", StringComparison.Ordinal).Replace('\n', ' ');
        return flat.Length <= length ? flat : flat[..length] + " …";
    }
}
