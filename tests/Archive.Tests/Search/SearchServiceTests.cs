using System.Text.Json;
using Archive.Analysis;
using Archive.Export;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

[Collection(CorpusIndexGroup.Name)]
public class SearchServiceTests
{
    private readonly CorpusIndexFixture _fixture;

    public SearchServiceTests(CorpusIndexFixture fixture) => _fixture = fixture;

    private (SearchService Service, ArchiveIndex Index) Open()
    {
        var index = ArchiveIndex.Open(_fixture.DatabasePath, readOnly: true);
        return (new SearchService(index), index);
    }

    private static ParsedQuery Parse(SearchService service, string q) => service.Parser.Parse(q).Query!;

    [Fact]
    public void Ingest_IndexesEveryMeetingOnce_AndTheOtherRenderingBesideIt()
    {
        Assert.Empty(_fixture.Report.Failed);
        Assert.Equal(5, _fixture.Report.Indexed);
        Assert.Equal(5, _fixture.Report.Alternates);
    }

    [Fact]
    public void Ingest_SkipsUnchangedFiles_OnASecondRun()
    {
        var copy = Path.Combine(_fixture.Folder.FullName, "second-run.db");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(_fixture.DatabasePath))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        using var index = ArchiveIndex.Open(copy);
        var report = new ArchiveIngester(index).Ingest([Repository.Corpus("txt"), Repository.Corpus("pdf")]);
        Assert.Equal(0, report.Indexed);
        Assert.Equal(10, report.Unchanged);
        Assert.Equal(38L, index.Counts().Items);
    }

    [Fact]
    public void GoldQueries_FindTheirItems_WithinTheStatedRank()
    {
        var (service, index) = Open();
        using var _ = index;
        using var queries = JsonDocument.Parse(File.ReadAllText(Repository.Corpus("gold", "queries.json")));
        foreach (var query in queries.RootElement.GetProperty("queries").EnumerateArray())
        {
            var q = query.GetProperty("query").GetString()!;
            var within = query.GetProperty("within").GetInt32();
            var hits = service.Search(Parse(service, q), 1, within).Hits.Select(h => $"{h.DocumentId}#{h.ItemNumber}").ToList();
            foreach (var expected in query.GetProperty("mustFind").EnumerateArray())
            {
                Assert.Contains(expected.GetString()!, hits);
            }
        }
    }

    [Fact]
    public void Trace_TellsTheKonfliktforebyggelseStory_InDateOrder()
    {
        var (service, index) = Open();
        using var _ = index;
        var events = service.Trace(Parse(service, "konfliktforebyggelse")).Events;
        Assert.Equal(["Syd", "Midt", "Nord"], events.Select(e => e.Cluster));
        Assert.True(events[0].DateInferred);
        Assert.Equal("2021-11-25", events[2].Date);
        Assert.Contains("<mark>", events[2].Snippet, StringComparison.Ordinal);
        Assert.All(events, e => Assert.NotEmpty(e.Decision));
    }

    [Fact]
    public void Highlighter_MarksACompoundWhole_WhenItContainsTheQueryTerm()
    {
        var (service, index) = Open();
        using var _ = index;
        var snippet = new Highlighter(QueryWordAnalyzer.Default).Snippet("Orientering om konfliktforebyggelsesuddannelse <b>", Parse(service, "konfliktforebyggelse").HighlightTerms);
        Assert.Equal("Orientering om <mark>konfliktforebyggelsesuddannelse</mark> &lt;b&gt;", snippet);
    }

    [Fact]
    public void Filters_NarrowByClusterAndYear_AndFacetsCountTheWholeResult()
    {
        var (service, index) = Open();
        using var _ = index;
        var all = service.Search(Parse(service, "konfliktforebyggelse"), 1, 1);
        Assert.Equal(3, all.Total);
        Assert.Single(all.Hits);
        Assert.Equal(3, all.Facets["cluster"].Values.Sum());
        Assert.Equal(1, service.Search(Parse(service, "konfliktforebyggelse klynge:Midt")).Total);
        Assert.Equal(2, service.Search(Parse(service, "konfliktforebyggelse år:2020")).Total);
        Assert.Equal(0, service.Search(Parse(service, "konfliktforebyggelse -psykiatrien -kommunerne -orienteringen")).Total);
    }

    [Fact]
    public void RoutineItems_RankBelowSubstantiveOnes()
    {
        var (service, index) = Open();
        using var _ = index;
        var hits = service.Search(Parse(service, "dagsorden"), 1, 50).Hits;
        var firstRoutine = hits.ToList().FindIndex(h => h.Routine);
        Assert.True(firstRoutine < 0 || hits.Skip(firstRoutine).All(h => h.Routine));
    }

    [Fact]
    public void Export_WritesEveryHit_AsCsvWithBom()
    {
        var (service, index) = Open();
        using var _ = index;
        var query = Parse(service, "klynge:Midt");
        using var stream = new MemoryStream();
        var count = HitExporter.Write(service.AllHits(query), ExportFormat.Csv, stream, query.Original);
        Assert.Equal(service.Search(query).Total, count);
        Assert.Equal([0xEF, 0xBB, 0xBF], stream.ToArray()[..3]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+45 1234", "'+45 1234")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM", "'@SUM")]
    [InlineData("Godkendt", "Godkendt")]
    public void Export_NeutralisesFormulaCells(string cell, string expected) => Assert.Equal(expected, HitExporter.Neutralise(cell));
}
