using System.Text.Json;
using Archive.Generation;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>
/// A wide query is collected on two threads, segment groups apart, and merged. On an index of many
/// segments, every answer a user sees — pages in both orders, facets, totals, scores, the trace with its
/// counts, the feed's newest and the export's every hit — is the same collected on two threads as on one,
/// also where many hits tie (prefixes and exclusions score alike, items of a meeting share a date).
/// </summary>
public sealed class ParallelSearchTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-parallel-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AQueryCollectedOnTwoThreads_AnswersExactlyAsOnOne()
    {
        var minutes = _folder.PathTo("minutes");
        MinutesGenerator.FromCorpus(Repository.Corpus("txt")).Write(minutes, 60, 11);
        var database = _folder.PathTo("index");
        // Two index runs, each ending in its own commit, so the index has two segments at least however late a batch's
        // commit starts on a loaded machine (one run's small batches can land in one segment then); usually many more.
        var later = Directory.CreateDirectory(_folder.PathTo("later")).FullName;
        foreach (var file in Directory.GetFiles(minutes, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Skip(30))
        {
            File.Move(file, Path.Combine(later, Path.GetFileName(file)));
        }
        foreach (var folder in new[] { minutes, later })
        {
            using var writable = ArchiveIndex.Open(database);
            Assert.Empty(new ArchiveIngester(writable) { BatchItems = 40 }.Ingest([folder]).Failed);
        }
        using var index = ArchiveIndex.Open(database, readOnly: true);
        var segments = index.Searcher.IndexReader.Leaves.Count;
        Assert.True(segments >= 2, $"the index has {segments} segment; two threads need two");
        var one = new SearchService(index) { Parallelism = SegmentParallelism.Never };
        var two = new SearchService(index) { Parallelism = SegmentParallelism.Always };

        foreach (var text in new[] { "forebyg*", "psykiatri", "psykiatri -børn", "-psykiatri", "hjemløse OR udsatte", "klynge:Midt år:2012..2020 forebyg*", "\"mental sundhed\"", "udfald:approved" })
        {
            var query = one.Parser.Parse(text).Query!;
            var total = one.Search(query, 1, 1).Total;
            Assert.True(total > 10, $"'{text}' finds only {total} items");
            foreach (var (page, size, sort) in new[] { (1, 7, SearchSort.Relevance), (3, 7, SearchSort.Relevance), (2, 10, SearchSort.Date), (1, 1000, SearchSort.Relevance) })
            {
                Assert.Equal(Json(one.Search(query, page, size, sort)), Json(two.Search(query, page, size, sort)));
            }
            Assert.Equal(Json(one.Trace(query, 25)), Json(two.Trace(query, 25)));
            Assert.Equal(Json(one.Trace(query)), Json(two.Trace(query)));
            Assert.Equal(Json(one.Newest(query, 12)), Json(two.Newest(query, 12)));
            Assert.Equal(Json(one.AllHits(query).ToList()), Json(two.AllHits(query).ToList()));
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
