using Archive.Index;

namespace Archive.Tests;

/// <summary>An index built once from corpus/ (TXT and PDF) into a temporary file, shared by the tests that search it.</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    public CorpusIndexFixture()
    {
        Folder = Directory.CreateTempSubdirectory("archive-tests-");
        DatabasePath = Path.Combine(Folder.FullName, "archive.db");
        using var index = ArchiveIndex.Open(DatabasePath);
        Report = new ArchiveIngester(index).Ingest([Repository.Corpus("txt"), Repository.Corpus("pdf")]);
    }

    public DirectoryInfo Folder { get; }

    public string DatabasePath { get; }

    public IngestReport Report { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Folder.Delete(recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class CorpusIndexGroup : ICollectionFixture<CorpusIndexFixture>
{
    public const string Name = "corpus index";
}
