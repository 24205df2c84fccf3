using Archive.Index;

namespace Archive.Tests.Extraction;

/// <summary>
/// Image-only PDFs of the five seed meetings, made once per test run from their PDF renderings
/// (rasterised at 200 dpi, no text layer; one turned 1° and speckled with noise, one pixel in 5,000), and indexed
/// through OCR into a temporary index. The text renderings are indexed beside it for comparison.
/// </summary>
public sealed class ScannedSeedsFixture : IDisposable
{
    /// <summary>The seed whose scan is crooked and dirty.</summary>
    public const string Crooked = "003_0051690cadbd9d0e";

    public ScannedSeedsFixture()
    {
        Folder = new TemporaryFolder("archive-scans-");
        var scans = Directory.CreateDirectory(Folder.PathTo("scans")).FullName;
        foreach (var id in Repository.SeedIds)
        {
            var pages = ScanMaker.Rasterise(Repository.Corpus("pdf", id + ".pdf"), Folder.PathTo(id), 200);
            if (id == Crooked)
            {
                for (var n = 0; n < pages.Count; n++)
                {
                    ScanMaker.Distort(pages[n], degrees: 1.0, noise: 0.0002, seed: n + 1);
                }
            }
            ScanMaker.ImagePdf(pages, Path.Combine(scans, id + ".pdf"));
            foreach (var page in pages)
            {
                File.Delete(page);
            }
        }
        Scans = scans;
        DatabasePath = Folder.PathTo("scans.db");
        using (var index = ArchiveIndex.Open(DatabasePath))
        {
            Report = new ArchiveIngester(index).Ingest([scans]);
        }
        TextDatabasePath = Folder.PathTo("text.db");
        using (var index = ArchiveIndex.Open(TextDatabasePath))
        {
            new ArchiveIngester(index).Ingest([Repository.Corpus("txt")]);
        }
    }

    public TemporaryFolder Folder { get; }

    /// <summary>The folder of image-only PDFs, named as the seeds.</summary>
    public string Scans { get; }

    public string DatabasePath { get; }

    public string TextDatabasePath { get; }

    public IngestReport Report { get; }

    public DocumentView Document(string id, bool fromText = false)
    {
        using var index = ArchiveIndex.Open(fromText ? TextDatabasePath : DatabasePath, readOnly: true);
        return new DocumentReader(index).Find(id) ?? throw new InvalidOperationException($"{id} is not in the index");
    }

    public void Dispose() => Folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ScannedSeedsGroup : ICollectionFixture<ScannedSeedsFixture>
{
    public const string Name = "scanned seeds";
}
