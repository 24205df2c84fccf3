using Archive.Index;

namespace Archive.Tests.Index;

/// <summary>
/// Several workers read files at once: every meeting must still be held once, whichever rendering of it
/// is read first, and every file must be reported once its batch is committed.
/// </summary>
public class ConcurrentIngestTests
{
    private const int Copies = 40;

    [Fact]
    public void Ingest_OnFourWorkers_HoldsEveryMeetingOnce_WhenTwoRenderingsOfItArriveTogether()
    {
        using var folder = new TemporaryFolder("archive-concurrent-");
        var seeds = Directory.GetFiles(Repository.Corpus("txt"), "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var copy in Enumerable.Range(0, Copies))
        {
            foreach (var seed in seeds)
            {
                // The same file name in two folders side by side: one meeting (its id is the name), two renderings of
                // equal preference, next to each other in the order the workers take files, so they are read at the same time.
                var name = $"{copy:D2}-{Path.GetFileName(seed)}";
                foreach (var side in new[] { "one", "two" })
                {
                    var sideFolder = Path.Combine(folder.PathTo("minutes"), Path.GetFileNameWithoutExtension(name), side);
                    Directory.CreateDirectory(sideFolder);
                    File.Copy(seed, Path.Combine(sideFolder, name));
                }
            }
        }
        var meetings = Copies * seeds.Count;
        long itemsPerCopy;
        using (var single = ArchiveIndex.Open(folder.PathTo("single.db")))
        {
            new ArchiveIngester(single, new DocumentBuilder()) { Workers = 1 }.Ingest([Repository.Corpus("txt")]);
            itemsPerCopy = single.Counts().Items;
        }
        Assert.True(itemsPerCopy > seeds.Count);

        using var index = ArchiveIndex.Open(folder.PathTo("index.db"));
        var reported = new List<IngestProgress>();
        var ingester = new ArchiveIngester(index) { Workers = 4, BatchItems = 300 };
        var report = ingester.Ingest([folder.PathTo("minutes")], progress: new Collect(reported));

        Assert.Empty(report.Failed);
        Assert.Equal(meetings, report.Indexed);
        Assert.Equal(meetings, report.Alternates);
        Assert.Equal(2 * meetings, reported.Select(r => r.Path).Distinct().Count());
        Assert.Equal((meetings, Copies * itemsPerCopy), CountsOf(folder.PathTo("index.db")));

        var again = ingester.Ingest([folder.PathTo("minutes")]);
        Assert.Equal(2 * meetings, again.Unchanged);
        Assert.Equal((meetings, Copies * itemsPerCopy), CountsOf(folder.PathTo("index.db")));
    }

    private static (long, long) CountsOf(string path)
    {
        using var reader = ArchiveIndex.Open(path, readOnly: true);
        return reader.Counts();
    }

    /// <summary>Progress collected synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Collect(List<IngestProgress> into) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => into.Add(value);
    }
}
