using Archive.Index;

namespace Archive.Tests;

/// <summary>An index built once from corpus/ (TXT and PDF) into a temporary file, shared by the tests that search it.</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    public CorpusIndexFixture()
    {
        Folder = new TemporaryFolder("archive-tests-");
        DatabasePath = Path.Combine(Folder.FullName, "archive.db");
        using var index = ArchiveIndex.Open(DatabasePath);
        Report = new ArchiveIngester(index).Ingest([Repository.Corpus("txt"), Repository.Corpus("pdf")]);
    }

    public TemporaryFolder Folder { get; }

    public string DatabasePath { get; }

    public IngestReport Report { get; }

    public void Dispose() => Folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CorpusIndexGroup : ICollectionFixture<CorpusIndexFixture>
{
    public const string Name = "corpus index";
}
