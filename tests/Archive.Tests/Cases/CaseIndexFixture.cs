using Archive.Index;

namespace Archive.Tests.Cases;

/// <summary>An index of the case fixtures (one case through three forums, its decoys) and the real minutes of corpus/real, built once.</summary>
public sealed class CaseIndexFixture : IDisposable
{
    public CaseIndexFixture()
    {
        Folder = new TemporaryFolder("archive-cases-");
        DatabasePath = Path.Combine(Folder.FullName, "index");
        using var index = ArchiveIndex.Open(DatabasePath);
        new ArchiveIngester(index).Ingest([Fixtures, Repository.Corpus("real", "docs")]);
    }

    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Cases");

    public TemporaryFolder Folder { get; }

    public string DatabasePath { get; }

    public void Dispose() => Folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CaseIndexGroup : ICollectionFixture<CaseIndexFixture>
{
    public const string Name = "case index";
}
