using Archive.Generation;
using Archive.Analysis;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Reliability;

/// <summary>Kills during indexing never leave a broken or duplicated index; two runs at once never both write.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-crash-");

    private static readonly string[] Queries = ["konfliktforebyggelse", "forebyg*", "\"mental sundhed\"", "psykiatri -børn"];

    /// <summary>The index after a run: meetings, items, what the queries find, and each meeting's item count.</summary>
    private sealed record State(long Documents, long Items, string Found, Dictionary<string, int> ItemsPerMeeting);

    private static State Counts(string database)
    {
        using var index = ArchiveIndex.Open(database, readOnly: true);
        Assert.Empty(index.Check());
        var (documents, items) = index.Counts();
        var ids = new DocumentReader(index).Ids();
        Assert.Equal(documents, ids.Distinct(StringComparer.Ordinal).Count());
        var catalog = ItemCatalog.For(index.Searcher.IndexReader);
        var perMeeting = Enumerable.Range(0, catalog.IsItem.Length).Where(doc => catalog.IsItem[doc])
            .GroupBy(doc => catalog.MeetingId[doc]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Subset(ids.ToHashSet(StringComparer.Ordinal), perMeeting.Keys.ToHashSet(StringComparer.Ordinal));
        var service = new SearchService(index);
        var found = string.Join(' ', Queries.Select(q => service.Search(service.Parser.Parse(q).Query!, 1, 1).Total));
        return new State(documents, items, found, perMeeting);
    }

    [Fact]
    public void KillingAnIndexRun_AtRandomMoments_NeverBreaksOrDuplicates()
    {
        var minutes = Path.Combine(_folder.FullName, "minutes");
        // A thousand files in one folder, as archives hold them.
        MinutesGenerator.FromCorpus(Repository.Corpus("txt")).Write(minutes, 1000, seed: 11);
        var clean = Path.Combine(_folder.FullName, "clean.db");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(0, ArchiveProcess.Run("index", minutes, "--db", clean).Exit);
        var cleanRun = clock.Elapsed.TotalMilliseconds;
        var expected = Counts(clean);

        var killed = Path.Combine(_folder.FullName, "killed.db");
        var random = new Random(5);
        var kills = 0;
        for (var round = 0; round < 8; round++)
        {
            // Small batches: the kills land while a batch commits on its own thread and the next one is being written.
            using var process = ArchiveProcess.Start("index", minutes, "--db", killed, "--commit-every", "300");
            // Somewhere between a tenth and nine tenths of a clean run, however fast this machine is.
            if (!process.WaitForExit((int)(cleanRun * (0.1 + 0.8 * random.NextDouble()))))
            {
                process.Kill(entireProcessTree: true); // SIGKILL
                process.WaitForExit();
                kills++;
            }
            if (Directory.Exists(killed) && Directory.GetFiles(killed, "segments_*").Length > 0)
            {
                // Lucene's CheckIndex after every kill (in Counts), and never more than a clean run holds.
                var partial = Counts(killed);
                Assert.True(partial.Documents <= expected.Documents);
                // No meeting duplicated or half there: each has exactly the items of a clean run.
                Assert.All(partial.ItemsPerMeeting, m => Assert.Equal(expected.ItemsPerMeeting[m.Key], m.Value));
            }
        }
        Assert.True(kills >= 4, $"only {kills} of 8 runs were killed mid-way");
        Assert.Equal(0, ArchiveProcess.Run("index", minutes, "--db", killed).Exit);
        var final = Counts(killed);
        Assert.Equal((expected.Documents, expected.Items, expected.Found), (final.Documents, final.Items, final.Found));
        Assert.Equal(expected.ItemsPerMeeting, final.ItemsPerMeeting);
    }

    [Fact]
    public void ASecondIndexRun_IsRefusedClearly_WhileOneIsWriting()
    {
        var database = Path.Combine(_folder.FullName, "locked.db");
        using (IndexLock.Acquire(database))
        {
            var result = ArchiveProcess.Run("index", Repository.Corpus("txt"), "--db", database);
            Assert.Equal(1, result.Exit);
            Assert.Contains("another ./archive index is writing to", result.Error, StringComparison.Ordinal);
        }
        Assert.Equal(0, ArchiveProcess.Run("index", Repository.Corpus("txt"), "--db", database).Exit);
    }

    public void Dispose() => _folder.Dispose();
}
