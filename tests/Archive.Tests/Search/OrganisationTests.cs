using System.Text;
using Archive.Analysis;
using Archive.Export;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>A real web page of minutes indexed: its municipality reaches the document view (show --json, the API) and every export.</summary>
public sealed class OrganisationTests : IDisposable
{
    private const string Id = "greve-klima-teknik-og-miljoeudvalget-2024-09-05";

    private readonly TemporaryFolder _folder = new("archive-organisation-");

    [Fact]
    public void IndexedHtmlMinutes_CarryTheirOrganisation_IntoTheDocumentAndTheExports()
    {
        var database = _folder.PathTo("real.db");
        using (var writable = ArchiveIndex.Open(database))
        {
            Assert.Empty(new ArchiveIngester(writable).Ingest([Repository.Corpus("real", "docs", Id + ".html")]).Failed);
        }
        using var index = ArchiveIndex.Open(database, readOnly: true);
        var document = new DocumentReader(index).Find(Id)!;
        Assert.Equal("Greve Kommune", document.Organisation);
        Assert.Equal("Klima-, Teknik- og Miljøudvalget", document.Forum);
        Assert.Equal("2024-09-05", document.Date);

        var service = new SearchService(index);
        var query = service.Parser.Parse("slam").Query!;
        using var csv = new MemoryStream();
        HitExporter.Write(service.AllHits(query), ExportFormat.Csv, csv, query.Original);
        var rows = Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(rows[0].TrimStart('\uFEFF').Split(','), "organisation");
        Assert.True(rows.Length > 1);
        Assert.All(rows.Skip(1), row => Assert.Equal("Greve Kommune", row.Split(',')[column]));
    }

    public void Dispose() => _folder.Dispose();
}
