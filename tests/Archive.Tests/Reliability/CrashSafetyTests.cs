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

    private static (long Documents, long Items, string Found, long Texts) Counts(string database)
    {
        using var index = ArchiveIndex.Open(database, readOnly: true);
        Assert.Equal("ok", index.Scalar("PRAGMA integrity_check"));
        Assert.Equal(0L, index.Scalar("SELECT count(*) FROM items WHERE document_id NOT IN (SELECT id FROM documents)"));
        var service = new SearchService(index, new DanishAnalyzer());
        var found = string.Join(' ', Queries.Select(q => service.Search(service.Parser.Parse(q).Query!, 1, 1).Total));
        return ((long)index.Scalar("SELECT count(*) FROM documents")!, (long)index.Scalar("SELECT count(*) FROM items")!,
            found, (long)index.Scalar("SELECT count(*) FROM item_texts")!);
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
            using var process = ArchiveProcess.Start("index", minutes, "--db", killed);
            // Somewhere between a tenth and nine tenths of a clean run, however fast this machine is.
            if (!process.WaitForExit((int)(cleanRun * (0.1 + 0.8 * random.NextDouble()))))
            {
                process.Kill(entireProcessTree: true); // SIGKILL
                process.WaitForExit();
                kills++;
            }
            if (File.Exists(killed))
            {
                var partial = Counts(killed);
                using (var index = ArchiveIndex.Open(killed, readOnly: true))
                {
                    Assert.Empty(PostingsCheck.Problems(index));
                }
                Assert.Equal(partial.Items, partial.Texts);
                Assert.True(partial.Documents <= expected.Documents);
            }
        }
        Assert.True(kills >= 4, $"only {kills} of 8 runs were killed mid-way");
        Assert.Equal(0, ArchiveProcess.Run("index", minutes, "--db", killed).Exit);
        Assert.Equal(expected, Counts(killed));
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
