using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Cases;
using Archive.Generation;
using Archive.Index;

namespace Archive.Cli;

/// <summary>
/// `./archive bench --case-view`: the case view's latency (<see cref="CaseService.Find"/>: the items that print the
/// number, the items the linker joins, the printed history) over generated minutes, for a sample of their case numbers.
/// </summary>
public static class CaseViewBench
{
    /// <summary>How many of the index's case numbers are asked for, spread evenly over them.</summary>
    public const int Sample = 200;

    public static string Measure(IReadOnlyList<long> sizes, string work, int repetitions, string corpus, Action<string> stage)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Command: ./archive bench --case-view --items {string.Join(',', sizes)} --repeat {repetitions}");
        report.AppendLine();
        report.AppendLine("| items | meetings | case numbers | steps per case (mean / max) | first view ms | case view p50 ms | p95 ms | p99 ms | max ms |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|");
        Directory.CreateDirectory(work);
        var generator = new Lazy<MinutesGenerator>(() => MinutesGenerator.FromCorpus(Path.Combine(corpus, "txt")));
        foreach (var items in sizes)
        {
            var meetings = (int)Math.Max(1, items / 8);
            var folder = Path.Combine(work, $"case-minutes-{meetings}");
            var database = Path.Combine(work, $"case-bench-{meetings}-index");
            if (!Directory.Exists(folder))
            {
                stage($"{items:N0} items: generating minutes");
                generator.Value.Write(folder, meetings, seed: 7);
                BenchCommand.DeleteIndex(database);
            }
            if (!Directory.Exists(database))
            {
                stage($"{items:N0} items: indexing");
                BenchCommand.IndexInChildProcess(folder, database);
            }
            stage($"{items:N0} items: case views");
            using var index = ArchiveIndex.Open(database, readOnly: true);
            var numbers = CaseNumbers(index);
            var sample = Enumerable.Range(0, Math.Min(Sample, numbers.Count)).Select(i => numbers[(int)((long)i * numbers.Count / Math.Min(Sample, numbers.Count))]).ToList();
            var cases = new CaseService(index);
            // The first view after the index opens also reads the catalogs the case service keeps per reader.
            var first = Stopwatch.StartNew();
            cases.Find(sample[0]);
            var firstMs = first.Elapsed.TotalMilliseconds;
            var steps = sample.Select(n => cases.Find(n)!.Steps.Count).ToList();
            var times = new List<double>();
            for (var r = 0; r < repetitions; r++)
            {
                foreach (var number in sample)
                {
                    var clock = Stopwatch.StartNew();
                    cases.Find(number);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            var (documents, indexed) = index.Counts();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {indexed:N0} | {documents:N0} | {numbers.Count:N0} | {steps.Average():0.0} / {steps.Max()} | {firstMs:0} | {BenchCommand.Percentile(times, 50):0.0} | {BenchCommand.Percentile(times, 95):0.0} | {BenchCommand.Percentile(times, 99):0.0} | {times.Max():0.0} |");
        }
        return report.ToString();
    }

    /// <summary>Every case key in the index, in term order.</summary>
    private static List<string> CaseNumbers(ArchiveIndex index)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var leaf in index.Searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.Case);
            if (terms is null)
            {
                continue;
            }
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                keys.Add(e.Term.Utf8ToString());
            }
        }
        return [.. keys];
    }
}
