using Archive.Index;

namespace Archive.Tests.Reliability;

/// <summary>A short, bounded load on loopback through `./archive load`: many clients at once, no errors. The figures belong in BENCHMARKS.md, not here.</summary>
public sealed class LoadTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-load-");

    [Fact]
    public void ConcurrentClients_GetNoErrors()
    {
        var database = Path.Combine(_folder.FullName, "archive.db");
        using (var index = ArchiveIndex.Open(database))
        {
            new ArchiveIngester(index).Ingest([Repository.Corpus("txt"), Repository.Corpus("pdf")]);
        }
        var result = ArchiveProcess.Run("load", "--db", database, "--seconds", "5", "--clients", "12");
        Assert.True(result.Exit == 0, result.Output + result.Error);
        Assert.Contains("| 12 | 5 |", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
