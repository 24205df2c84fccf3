using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Analysis;
using Archive.Generation;
using Archive.Index;
using Archive.Search;

namespace Archive.Cli;

/// <summary>
/// `./archive bench`: generates minutes at the given sizes and measures ingest (items/s, peak
/// memory of a separate `index` process), index size against text size, analyzer throughput,
/// query latency percentiles for a fixed query set, and PDF ingest against raw pdftotext. With
/// --db it measures only the queries and traces over an existing index, in seconds instead of an ingest.
/// </summary>
public sealed class BenchCommand : ArchiveCommand
{
    private readonly Option<string> _items = new("--items") { Description = "Sizes to measure, in agenda items, separated by commas", HelpName = "N,N", DefaultValueFactory = _ => "10000,100000" };
    private readonly Option<string> _dir = new("--dir") { Description = "Work folder (generated minutes are kept there for the next run)", HelpName = "DIR", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "archive-bench") };
    private readonly Option<int> _repeat = new("--repeat") { Description = "Repetitions of the query set", HelpName = "R", DefaultValueFactory = _ => 20 };
    private readonly Option<string> _corpus = new("--corpus") { Description = "The seed corpus the minutes are generated from", HelpName = "DIR", DefaultValueFactory = _ => "corpus" };
    private readonly Option<string> _peer = new("--peer") { Description = "Measure PostgreSQL's Danish full-text search in the same run" };
    private readonly Option<bool> _caseView = new("--case-view") { Description = "Measure only the case view (./archive case) over generated minutes" };
    private readonly Option<string[]> _query = new("--query") { Description = "With --db: measure these queries instead of the fixed set (repeat the option for several)", HelpName = "QUERY" };
    private readonly Option<bool> _oneThread = new("--one-thread") { Description = "With --db: collect every query on one thread (by default a wide query's segments are collected on two)" };

    /// <summary>Single words, compounds, phrases, prefixes, OR, exclusions and filters, as users type them.</summary>
    public static readonly string[] Queries =
    [
        "konfliktforebyggelse", "nærhospitaler", "hjemløse", "sundhedsprofil", "demens", "genindlæggelser", "uddannelse",
        "\"mental sundhed\"", "\"IV-antibiotika i eget hjem\"", "forebyg*", "telemed*", "hjemløse OR udsatte",
        "psykiatri -børn", "klynge:Midt nærhospitaler", "år:2015..2018 demens", "udfald:approved rygestop", "forum:Chefforum lighed",
    ];

    public BenchCommand()
        : base("bench", "Measure ingest, size, analyzer and query latency on generated minutes (the tables in BENCHMARKS.md)",
            "./archive bench --items 10000 --repeat 5",
            "./archive bench --items 10000,100000 --peer postgres",
            "./archive bench --case-view --items 1000000 --repeat 5",
            "./archive bench --db /tmp/archive-bench/bench-125000-index --repeat 20")
    {
        _items.Validators.Add(result =>
        {
            if (Sizes(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError("--items takes sizes from 8 up, separated by commas, as in: --items 10000,100000");
            }
        });
        _repeat.Validators.Add(result => CommonOptions.InRange(result, "--repeat", 1, 10_000));
        _peer.AcceptOnlyFromAmong("postgres");
        Add(_items);
        Add(_dir);
        Add(_repeat);
        Add(_corpus);
        Add(_peer);
        Add(_caseView);
        Add(_query);
        Add(_oneThread);
        SetAction(Run);
    }

    private static List<long>? Sizes(string? text)
    {
        var sizes = (text ?? string.Empty).Split(',').Select(s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        return sizes.All(n => n >= 8) ? sizes : null;
    }

    private int Run(ParseResult parse)
    {
        var sizes = Sizes(parse.GetValue(_items))!;
        var work = parse.GetValue(_dir)!;
        var repetitions = parse.GetValue(_repeat);
        var corpus = parse.GetValue(_corpus)!;
        var peer = parse.GetValue(_peer) == "postgres";
        if (peer && !PostgresPeer.Available)
        {
            return ArchiveCli.Fail("the PostgreSQL peer needs PostgreSQL 15: apt-get install postgresql-15");
        }
        try
        {
            if (CommonOptions.ExplicitDb(parse) is { } db)
            {
                Console.WriteLine(StageProgressDisplay.Run("bench", 1, stage => MeasureQueries(db, parse.GetValue(_query) is { Length: > 0 } given ? given.Distinct(StringComparer.Ordinal).ToArray() : Queries, repetitions,
                    parse.GetValue(_oneThread) ? SegmentParallelism.Never : SegmentParallelism.Auto, stage)));
                return 0;
            }
            if (parse.GetValue(_caseView))
            {
                Console.WriteLine(StageProgressDisplay.Run("bench", sizes.Count * 3, stage => CaseViewBench.Measure(sizes, work, repetitions, corpus, stage)));
                return 0;
            }
            // Per size: generate, index, analyzer, queries (and the peer); then the PDF run.
            var stages = sizes.Count * (peer ? 5 : 4) + 1;
            Console.WriteLine(StageProgressDisplay.Run("bench", stages, stage => Measure(sizes, work, repetitions, corpus, peer, stage)));
            return 0;
        }
        catch (BenchException e)
        {
            return ArchiveCli.Fail($"bench: {e.Message}");
        }
    }

    private static string Measure(List<long> sizes, string work, int repetitions, string corpus, bool peer, Action<string> stage)
    {
        var peerRows = new List<string>();
        var matchRows = new List<string>();
        Directory.CreateDirectory(work);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Gc():0} GB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        report.AppendLine(CultureInfo.InvariantCulture, $"Command: ./archive bench --items {string.Join(',', sizes)} --repeat {repetitions}");
        report.AppendLine();
        report.AppendLine("| items | meetings | ingest items/s | ingest wall s | ingest CPU s | index peak RSS MB | text MB | index MB | analyzer tokens/s | query p50 ms | p95 ms | p99 ms | trace p50 ms |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var generator = MinutesGenerator.FromCorpus(Path.Combine(corpus, "txt"));
        foreach (var items in sizes)
        {
            var meetings = (int)Math.Max(1, items / 8);
            stage($"{items:N0} items: generating minutes");
            var folder = Path.Combine(work, $"minutes-{meetings}");
            long written;
            if (!Directory.Exists(folder))
            {
                written = generator.Write(folder, meetings, seed: 7);
                File.WriteAllText(Path.Combine(work, $"minutes-{meetings}.items"), written.ToString(CultureInfo.InvariantCulture));
            }
            written = long.Parse(File.ReadAllText(Path.Combine(work, $"minutes-{meetings}.items")), CultureInfo.InvariantCulture);
            var textBytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            var database = Path.Combine(work, $"bench-{meetings}-index");
            DeleteIndex(database);

            stage($"{items:N0} items: indexing");
            var (wall, peak, cpu) = IndexInChildProcess(folder, database);
            var indexBytes = Directory.GetFiles(database).Sum(f => new FileInfo(f).Length);
            stage($"{items:N0} items: analyzer");
            var tokensPerSecond = AnalyzerThroughput(folder);
            stage($"{items:N0} items: queries");
            var latency = QueryLatency(database, Queries, repetitions);
            var (p50, p95, p99, trace50, matches) = (latency.P50, latency.P95, latency.P99, latency.TraceP50, latency.Matches);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {written:N0} | {meetings:N0} | {written / wall:N0} | {wall:0.0} | {cpu:0.0} | {peak:0} | {textBytes / 1e6:0.0} | {indexBytes / 1e6:0.0} | {tokensPerSecond:N0} | {p50:0.0} | {p95:0.0} | {p99:0.0} | {trace50:0.0} |");
            if (peer)
            {
                stage($"{items:N0} items: PostgreSQL");
                using var postgres = PostgresPeer.Start(work);
                var load = postgres.Load(database);
                var (times, theirs) = postgres.Query(Queries, repetitions);
                var (q50, q95, q99) = (Percentile(times, 50), Percentile(times, 95), Percentile(times, 99));
                peerRows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {written:N0} | {written / wall:N0} | {written / load:N0} | {p50:0.0} / {p95:0.0} / {p99:0.0} | {q50:0.0} / {q95:0.0} / {q99:0.0} | {p99 / q99:0.00} |"));
                matchRows.Clear();
                matchRows.AddRange(Queries.Select(q => string.Create(CultureInfo.InvariantCulture, $"| `{q}` | {matches[q]:N0} | {theirs[q]:N0} |")));
            }
        }
        if (peer)
        {
            report.AppendLine();
            report.AppendLine("PostgreSQL 15 in the same run (to_tsvector('danish') + GIN, websearch_to_tsquery; top 20 by ts_rank, total and four facet counts per query; times as psql reports them):");
            report.AppendLine();
            report.AppendLine("| items | our ingest items/s | PostgreSQL ingest items/s | our p50 / p95 / p99 ms | PostgreSQL p50 / p95 / p99 ms | p99 ours ÷ theirs |");
            report.AppendLine("|---|---|---|---|---|---|");
            peerRows.ForEach(r => report.AppendLine(r));
            report.AppendLine();
            report.AppendLine("Matches per query at the largest size (ours decompounds and stems; PostgreSQL's Danish configuration stems only):");
            report.AppendLine();
            report.AppendLine("| query | ours | PostgreSQL |");
            report.AppendLine("|---|---|---|");
            matchRows.ForEach(r => report.AppendLine(r));
        }
        report.AppendLine();
        stage("PDF ingest");
        report.AppendLine(PdfThroughput(corpus, work));
        return report.ToString();
    }

    private static double Gc() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1e9;

    private const string CallCountingDelay = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>
    /// Indexes the folder in a separate `index --stats` process: its wall time, peak memory and CPU time.
    /// A child that fails (an exit code other than 0, or a kill) stops the bench with its exit code and
    /// the end of its stderr: a run cut short must never be reported as a measurement.
    /// </summary>
    internal static (double WallSeconds, double PeakMegabytes, double CpuSeconds) IndexInChildProcess(string folder, string database)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { typeof(BenchCommand).Assembly.Location, "index", folder, "--db", database, "--stats" })
        {
            start.ArgumentList.Add(argument);
        }
        // As the launcher runs `index`: hot code optimised without the call-counting delay (BENCHMARKS.md, "Ingest CPU per item, round two").
        start.Environment[CallCountingDelay] = Environment.GetEnvironmentVariable(CallCountingDelay) ?? "0";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        var stderr = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0)
        {
            var tail = string.Join(" | ", stderr.TakeLast(5));
            throw new BenchException($"the index run of {folder} (`index {folder} --db {database} --stats`) failed with exit code {process.ExitCode} after {wall:0} s: {(tail.Length > 0 ? tail : "no output on stderr")}");
        }
        double Stat(string name) => stderr.Select(l => l.Split(' ').FirstOrDefault(w => w.StartsWith(name + "=", StringComparison.Ordinal))).FirstOrDefault(w => w is not null) is { } word
            ? double.Parse(word[(name.Length + 1)..], CultureInfo.InvariantCulture)
            : throw new BenchException($"the index run of {folder} printed no {name} on stderr");
        return (wall, Stat("peak_rss_mb"), Stat("cpu_s"));
    }

    /// <summary>Words per second through the Lucene chain the index writer runs (words and their parts).</summary>
    private static double AnalyzerThroughput(string folder)
    {
        using var analyzer = new DanishLuceneAnalyzer();
        var texts = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Take(2000).Select(File.ReadAllText).ToList();
        long Count(string text)
        {
            using var stream = analyzer.GetTokenStream("body", text);
            var type = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
            stream.Reset();
            long words = 0;
            while (stream.IncrementToken())
            {
                words += type.Type == TokenTypes.Word ? 1 : 0;
            }
            stream.End();
            return words;
        }
        Count(texts[0]);
        var clock = Stopwatch.StartNew();
        var tokens = texts.Sum(Count);
        return tokens / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Query and trace latency over the given index only (`bench --db`): the totals, then each query's.</summary>
    private static string MeasureQueries(string database, string[] queries, int repetitions, SegmentParallelism parallelism, Action<string> stage)
    {
        if (!Directory.Exists(database))
        {
            throw new BenchException($"no index at {database}");
        }
        stage($"queries over {database}");
        var latency = QueryLatency(database, queries, repetitions, parallelism);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Command: ./archive bench --db {database} --repeat {repetitions}{(parallelism == SegmentParallelism.Never ? " --one-thread" : "")}");
        report.AppendLine();
        report.AppendLine("| items | query p50 ms | p95 ms | p99 ms | trace p50 ms | CPU ms per query | CPU ms per trace |");
        report.AppendLine("|---|---|---|---|---|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {latency.Items:N0} | {latency.P50:0.0} | {latency.P95:0.0} | {latency.P99:0.0} | {latency.TraceP50:0.0} | {Mean(latency.SearchCpu):0.0} | {Mean(latency.TraceCpu):0.0} |");
        report.AppendLine();
        report.AppendLine("CPU ms: the process's CPU time (every thread, the garbage collector's too) per run, a mean: on a busy machine it moves less than the wall times.");
        report.AppendLine();
        report.AppendLine("| query | hits | search p50 ms | search max ms | search CPU ms | trace p50 ms | trace CPU ms |");
        report.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var query in queries)
        {
            var traced = latency.TraceTimes.TryGetValue(query, out var times);
            var trace = traced ? string.Create(CultureInfo.InvariantCulture, $"{Percentile(times!, 50):0.0} | {latency.TraceCpu[query]:0.0}") : " | ";
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| `{query}` | {latency.Matches[query]:N0} | {Percentile(latency.SearchTimes[query], 50):0.0} | {latency.SearchTimes[query].Max():0.0} | {latency.SearchCpu[query]:0.0} | {trace} |");
        }
        return report.ToString();
    }

    /// <summary>Latencies of the query set: one warm-up pass, then each query <paramref name="repetitions"/> times; a page of 20 hits with facets.</summary>
    private sealed record Latency(int Items, double P50, double P95, double P99, double TraceP50, Dictionary<string, int> Matches,
        Dictionary<string, List<double>> SearchTimes, Dictionary<string, List<double>> TraceTimes,
        Dictionary<string, double> SearchCpu, Dictionary<string, double> TraceCpu);

    private static double Mean(Dictionary<string, double> cpu) => cpu.Values.Average();

    private static double CpuMilliseconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    /// <summary>Traces: the first five queries (their history in date order, 500 events read), warmed up once, then repeated as the searches are.</summary>
    private const int TracedQueries = 5;

    private static Latency QueryLatency(string database, IReadOnlyList<string> queries, int repetitions, SegmentParallelism parallelism = SegmentParallelism.Auto)
    {
        using var index = ArchiveIndex.Open(database, readOnly: true);
        var service = new SearchService(index) { Parallelism = parallelism };
        var parsed = queries.Select(q => (Text: q, Result: service.Parser.Parse(q)))
            .Select(p => p.Result.Query ?? throw new BenchException($"bad query {p.Text}: {p.Result.Error}")).ToList();
        foreach (var query in parsed)
        {
            service.Search(query);
        }
        var searchTimes = queries.ToDictionary(q => q, _ => new List<double>(), StringComparer.Ordinal);
        var traceTimes = queries.Take(TracedQueries).ToDictionary(q => q, _ => new List<double>(), StringComparer.Ordinal);
        var searchCpu = queries.ToDictionary(q => q, _ => 0.0, StringComparer.Ordinal);
        var traceCpu = queries.Take(TracedQueries).ToDictionary(q => q, _ => 0.0, StringComparer.Ordinal);
        for (var r = 0; r < repetitions; r++)
        {
            foreach (var (text, query) in queries.Zip(parsed))
            {
                var cpu = CpuMilliseconds();
                var clock = Stopwatch.StartNew();
                service.Search(query, 1, 20);
                searchTimes[text].Add(clock.Elapsed.TotalMilliseconds);
                searchCpu[text] += (CpuMilliseconds() - cpu) / repetitions;
            }
        }
        foreach (var query in parsed.Take(TracedQueries))
        {
            service.Trace(query);
        }
        for (var r = 0; r < repetitions; r++)
        {
            foreach (var (text, query) in queries.Zip(parsed).Take(TracedQueries))
            {
                var cpu = CpuMilliseconds();
                var clock = Stopwatch.StartNew();
                service.Trace(query);
                traceTimes[text].Add(clock.Elapsed.TotalMilliseconds);
                traceCpu[text] += (CpuMilliseconds() - cpu) / repetitions;
            }
        }
        var searches = searchTimes.Values.SelectMany(t => t).ToList();
        var traces = traceTimes.Values.SelectMany(t => t).ToList();
        var matches = queries.Zip(parsed).ToDictionary(p => p.First, p => service.Search(p.Second, 1, 1).Total, StringComparer.Ordinal);
        var items = ItemCatalog.For(index.Searcher.IndexReader).LiveItems;
        return new Latency(items, Percentile(searches, 50), Percentile(searches, 95), Percentile(searches, 99), Percentile(traces, 50), matches, searchTimes, traceTimes, searchCpu, traceCpu);
    }

    private static string PdfThroughput(string corpus, string work)
    {
        var folder = Path.Combine(work, "pdf");
        Directory.CreateDirectory(folder);
        var sources = Directory.GetFiles(Path.Combine(corpus, "pdf"), "*.pdf");
        for (var copy = 0; copy < 60; copy++)
        {
            foreach (var source in sources)
            {
                var target = Path.Combine(folder, $"{copy:D2}-{Path.GetFileName(source)}");
                if (!File.Exists(target))
                {
                    File.Copy(source, target);
                }
            }
        }
        var files = Directory.GetFiles(folder, "*.pdf");
        var pages = files.Sum(f => int.Parse(new Extraction.PopplerRunner().Run("pdfinfo", f).Output.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture));

        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            new Extraction.PopplerRunner().Run("pdftotext", file, "-");
        }
        var raw = pages / clock.Elapsed.TotalSeconds;

        var database = Path.Combine(work, "bench-pdf-index");
        DeleteIndex(database);
        var (wall, _, _) = IndexInChildProcess(folder, database);
        var ours = pages / wall;
        return string.Create(CultureInfo.InvariantCulture,
            $"PDF ingest ({files.Length} files, {pages} pages, one writer): {ours:0} pages/s including process start, against {raw:0} pages/s for raw `pdftotext` on the same files ({ours / raw:0.00}×).");
    }

    internal static double Percentile(List<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    /// <summary>Removes an index of an earlier run: a folder (or, from before Lucene, a file).</summary>
    internal static void DeleteIndex(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        File.Delete(path + ".lock");
    }
}
