using Archive.Analysis;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>The acceptance story from the PDF renderings alone: no text file helps.</summary>
public sealed class PdfOnlyTraceTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-pdf-only-");

    [Fact]
    public void Trace_FromPdfsAlone_TellsTheSameStory()
    {
        var database = Path.Combine(_folder.FullName, "pdf.db");
        using (var writable = ArchiveIndex.Open(database))
        {
            Assert.Empty(new ArchiveIngester(writable).Ingest([Repository.Corpus("pdf")]).Failed);
        }
        using var index = ArchiveIndex.Open(database, readOnly: true);
        var service = new SearchService(index);
        var events = service.Trace(service.Parser.Parse("konfliktforebyggelse").Query!).Events;
        Assert.Equal(["Syd", "Midt", "Nord"], events.Select(e => e.Cluster));
        Assert.Equal(["2", "2", "4"], events.Select(e => e.ItemNumber));
        Assert.StartsWith("Orienteringen tages til efterretning", events[2].Decision, StringComparison.Ordinal);
        Assert.Equal("noted", events[2].Outcome);
    }

    public void Dispose() => _folder.Dispose();
}
