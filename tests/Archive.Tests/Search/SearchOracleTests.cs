using System.Text.RegularExpressions;
using Archive.Analysis;
using Archive.Generation;
using Archive.Index;
using Archive.Search;
using Archive.Tests.Analysis;

namespace Archive.Tests.Search;

/// <summary>
/// Searches match in Lucene. These tests index generated minutes in small batches, so that many
/// segments are written and merged, and check every kind of query against a plain evaluation over
/// the reference analyzer's terms of each item (written by hand, apart from the Lucene chain), that replaced text leaves no trace,
/// and that pages, facets and the trace agree with the whole result, which export lists.
/// </summary>
public sealed partial class SearchOracleTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-oracle-");

    public void Dispose() => _folder.Dispose();

    private string Generate(string name, int meetings, int seed)
    {
        var folder = _folder.PathTo(name);
        MinutesGenerator.FromCorpus(Repository.Corpus("txt")).Write(folder, meetings, seed);
        return folder;
    }

    private static IngestReport Index(ArchiveIndex index, string folder) =>
        new ArchiveIngester(index) { BatchItems = 40 }.Ingest([folder]);

    /// <summary>An item's analyzed text as the oracle sees it: the term sequence of each column, and every term including parts.</summary>
    private sealed record OracleItem(IReadOnlyList<IReadOnlyList<string>> Columns, HashSet<string> All);

    private static List<OracleItem> Oracle(string folder)
    {
        var builder = new DocumentBuilder();
        var analyzer = new ReferenceDanishAnalyzer();
        var items = new List<OracleItem>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories))
        {
            foreach (var item in builder.Build(file, file).Items.Select(i => i.Item))
            {
                var analyzed = new[] { item.Title, item.Decision, item.Body }.Select(analyzer.Analyze).ToList();
                var all = analyzed.SelectMany(a => a.Terms.Concat(a.Parts)).ToHashSet(StringComparer.Ordinal);
                items.Add(new OracleItem(analyzed.Select(a => a.Terms).ToList(), all));
            }
        }
        return items;
    }

    private static bool Matches(OracleItem item, QueryNode node) => node switch
    {
        TermNode { Prefix: false } t => item.All.Contains(t.Term),
        TermNode t => item.All.Any(term => term.StartsWith(t.Term, StringComparison.Ordinal)),
        PhraseNode p => item.Columns.Any(column => Enumerable.Range(0, Math.Max(0, column.Count - p.Terms.Count + 1))
            .Any(start => p.Terms.Select((term, k) => column[start + k] == term).All(x => x))),
        AndNode a => a.Required.All(r => Matches(item, r)) && !a.Excluded.Any(e => Matches(item, e)),
        OrNode o => o.Children.Any(c => Matches(item, c)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    [GeneratedRegex(@"[\p{L}]{4,}")]
    private static partial Regex Word();

    [Fact]
    public void EveryKindOfQuery_FindsExactlyTheItemsWhoseTextMatches_AfterManyMerges()
    {
        var minutes = Generate("minutes", 120, seed: 5);
        var database = _folder.PathTo("archive.db");
        using (var writable = ArchiveIndex.Open(database))
        {
            Assert.Empty(Index(writable, minutes).Failed);
        }
        using var index = ArchiveIndex.Open(database, readOnly: true);

        var words = Directory.EnumerateFiles(minutes, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(20)
            .SelectMany(f => Word().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal).ToList();
        var random = new Random(3);
        string Pick() => words[random.Next(words.Count)];
        var queries = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var (a, b) = (Pick(), Pick());
            queries.AddRange([a, a.ToLowerInvariant()[..4] + "*", $"{a} {b}", $"{a} OR {b}", $"{a} -{b}", $"\"{a} {b}\""]);
        }
        var sentence = Word().Matches(File.ReadAllText(Directory.EnumerateFiles(minutes, "*.txt", SearchOption.AllDirectories).First()))
            .Select(m => m.Value).Skip(30).Take(3).ToList();
        queries.Add($"\"{string.Join(' ', sentence)}\"");

        var service = new SearchService(index);
        var oracle = Oracle(minutes);
        var nonEmpty = 0;
        foreach (var query in queries)
        {
            var parsed = service.Parser.Parse(query).Query;
            if (parsed?.Text is null)
            {
                continue;
            }
            var total = service.Search(parsed, 1, 5).Total;
            var expected = oracle.Count(item => Matches(item, parsed.Text));
            Assert.True(expected == total, $"'{query}': {expected} items match, the search finds {total}");
            nonEmpty += total > 0 ? 1 : 0;
        }
        Assert.True(nonEmpty > queries.Count / 2, $"only {nonEmpty} of {queries.Count} queries found anything");
    }

    [Theory]
    [InlineData("psykiatri")]
    [InlineData("forebyg*")]
    [InlineData("psykiatri -børn")]
    [InlineData("hjemløse OR udsatte")]
    [InlineData("klynge:Midt år:2012..2020 forebyg*")]
    public void PagesFacetsAndTrace_ShowTheWholeResult_InTheirOrder(string text)
    {
        var minutes = Generate("minutes", 60, seed: 11);
        var database = _folder.PathTo("archive.db");
        using (var writable = ArchiveIndex.Open(database))
        {
            Assert.Empty(Index(writable, minutes).Failed);
        }
        using var index = ArchiveIndex.Open(database, readOnly: true);
        var service = new SearchService(index);
        var query = service.Parser.Parse(text).Query!;
        static string Id(SearchHit h) => $"{h.DocumentId}/{h.ItemNumber}";

        var all = service.AllHits(query).ToList();
        Assert.True(all.Count > 10, $"'{text}' finds only {all.Count} items");
        // Best first: substantive before standing items, then by score, then the older first.
        foreach (var (a, b) in all.Zip(all.Skip(1)))
        {
            var ordered = a.Routine != b.Routine ? !a.Routine
                : a.Score != b.Score ? a.Score > b.Score
                : string.CompareOrdinal(a.Date ?? "", b.Date ?? "") <= 0;
            Assert.True(ordered, $"'{text}': {Id(a)} ({a.Routine}, {a.Score}, {a.Date}) before {Id(b)} ({b.Routine}, {b.Score}, {b.Date})");
        }
        var pages = new List<SearchHit>();
        for (var page = 1; page <= (all.Count + 6) / 7; page++)
        {
            var result = service.Search(query, page, 7);
            Assert.Equal(all.Count, result.Total);
            pages.AddRange(result.Hits);
        }
        Assert.Equal(all.Select(Id), pages.Select(Id));
        var facets = service.Search(query, 1, 7).Facets;
        Assert.Equal(Counts(all, h => h.Cluster), Sorted(facets["cluster"]));
        Assert.Equal(Counts(all, h => h.Forum), Sorted(facets["forum"]));
        Assert.Equal(Counts(all, h => h.Date?[..4]), Sorted(facets["year"]));
        Assert.Equal(Counts(all, h => h.Outcome), Sorted(facets["outcome"]));

        // The trace: the substantive items in date order (undated last), counted by year and cluster.
        var byDate = service.AllHits(query, SearchSort.Date).Where(h => !h.Routine).ToList();
        Assert.Equal(all.Where(h => !h.Routine).Select(Id).Order(StringComparer.Ordinal), byDate.Select(Id).Order(StringComparer.Ordinal));
        Assert.True(byDate.Zip(byDate.Skip(1)).All(p => p.Second.Date is null || string.CompareOrdinal(p.First.Date ?? "~", p.Second.Date) <= 0), $"'{text}': not in date order");
        var limit = Math.Max(1, byDate.Count / 2);
        var trace = service.Trace(query, limit);
        Assert.Equal(byDate.Count, trace.Total);
        Assert.Equal(byDate.Take(limit).Select(Id), trace.Events.Select(e => $"{e.DocumentId}/{e.ItemNumber}"));
        var expected = byDate.GroupBy(h => h.Date?[..4] ?? "ukendt").ToDictionary(g => g.Key, g => Counts(g, h => h.Cluster), StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), trace.Counts.Keys);
        Assert.All(expected, e => Assert.Equal(e.Value, Sorted(trace.Counts[e.Key])));
    }

    /// <summary>Hits per value (none as "ingen"), by value.</summary>
    private static List<KeyValuePair<string, int>> Counts(IEnumerable<SearchHit> hits, Func<SearchHit, string?> value) =>
        Sorted(hits.GroupBy(h => value(h) ?? "ingen").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));

    private static List<KeyValuePair<string, int>> Sorted(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    [Fact]
    public void ReplacedMeetings_AreFoundByTheirNewText_AndNeverByTheOld()
    {
        var minutes = Generate("minutes", 60, seed: 9);
        var changed = Directory.EnumerateFiles(minutes, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(10).ToList();
        foreach (var file in changed)
        {
            File.AppendAllText(file, "\nDet blev nævnt at kvartalsmarkøren skal drøftes.\n");
        }
        var database = _folder.PathTo("archive.db");
        using (var writable = ArchiveIndex.Open(database))
        {
            Index(writable, minutes);
            foreach (var file in changed)
            {
                File.WriteAllText(file, File.ReadAllText(file).Replace("kvartalsmarkøren", "ugemarkøren", StringComparison.Ordinal));
            }
            // More meetings after the change, so that the segments holding the old text are merged.
            Directory.CreateDirectory(Path.Combine(minutes, "more"));
            foreach (var file in Directory.EnumerateFiles(Generate("more", 80, seed: 10), "*.txt", SearchOption.AllDirectories))
            {
                File.Move(file, Path.Combine(minutes, "more", "later-" + Path.GetFileName(file)));
            }
            var report = Index(writable, minutes);
            Assert.Equal(10 + 80, report.Indexed);
        }
        using var index = ArchiveIndex.Open(database, readOnly: true);
        var service = new SearchService(index);
        int Total(string q) => service.Search(service.Parser.Parse(q).Query!, 1, 20).Total;

        Assert.Equal(0, Total("kvartalsmarkøren"));
        Assert.Equal(0, Total("kvartalsmark*"));
        Assert.Equal(10, Total("ugemarkøren"));
        Assert.Equal(10, Total("\"ugemarkøren skal drøftes\""));
    }

    [Fact]
    public void TheCheck_ReportsACorruptIndex()
    {
        var minutes = Generate("minutes", 30, seed: 4);
        var database = _folder.PathTo("archive.db");
        using (var index = ArchiveIndex.Open(database))
        {
            Index(index, minutes);
            Assert.Empty(index.Check());
        }
        var largest = Directory.GetFiles(database).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(largest);
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(largest, bytes);
        using var damaged = ArchiveIndex.Open(database);
        Assert.NotEmpty(damaged.Check());
    }

    [Fact]
    public void Scores_StayFinite_WhenTheIndexHoldsMoreDeletedItemsThanLiveOnes()
    {
        var minutes = Generate("minutes", 5, seed: 6);
        var database = _folder.PathTo("archive.db");
        using (var writable = ArchiveIndex.Open(database))
        {
            // Every round replaces every meeting: the index gathers four deleted items per live one.
            for (var round = 0; round < 5; round++)
            {
                foreach (var file in Directory.EnumerateFiles(minutes, "*.txt", SearchOption.AllDirectories))
                {
                    File.AppendAllText(file, $"\nRunde {round}.\n");
                }
                new ArchiveIngester(writable).Ingest([minutes]);
            }
        }
        using var index = ArchiveIndex.Open(database, readOnly: true);
        var service = new SearchService(index);
        var result = service.Search(service.Parser.Parse("punktet OR runde").Query!, 1, 100);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.True(double.IsFinite(h.Score) && h.Score >= 0, $"score {h.Score}"));
    }
}
