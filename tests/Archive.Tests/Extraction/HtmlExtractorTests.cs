using System.Text;
using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Tests.Extraction;

/// <summary>Web pages of minutes (Fixtures/Html, sources in SOURCES.md) read into lines with layout signals.</summary>
public class HtmlExtractorTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html");

    private static IReadOnlyList<SourceLine> Lines(string name) => new DocumentExtractor().Extract(Path.Combine(Folder, name)).Lines;

    private static SourceLine Line(IReadOnlyList<SourceLine> lines, string text) => Assert.Single(lines, l => l.Text == text);

    [Fact]
    public void Page_DropsCookieBannerNavigationBreadcrumbControlsAndFooter()
    {
        var texts = Lines("okonomiudvalg-cp1252.html").Select(l => l.Text).ToList();
        string[] chrome = ["Vi bruger cookies", "Acceptér alle", "Gå til indhold", "Borger", "Erhverv", "Søg", "Forside", "Dagsordener og referater",
            "Fold alle ud", "Print", "Til toppen", "Rådhuspladsen 1", "Tilgængelighedserklæring", "window.dataLayer", "display: none"];
        foreach (var phrase in chrome)
        {
            Assert.DoesNotContain(texts, t => t.Contains(phrase, StringComparison.Ordinal));
        }
        Assert.Equal("Økonomiudvalget", texts[0]);
        Assert.Contains("1. Godkendelse af dagsorden", texts);
    }

    [Fact]
    public void Page_DeclaredWindows1252_AndEntities_GiveDanishLetters()
    {
        var texts = Lines("okonomiudvalg-cp1252.html").Select(l => l.Text).ToList();
        Assert.Contains("2. Takster for ældreområdet 2003", texts);
        Assert.Contains("Anbefales over for byrådet.", texts);
        Assert.Contains(texts, t => t.Contains("– også for pårørende.", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith("stiger med 2,5 pct.", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_WithoutDeclaredCharset_IsReadAsWindows1252_WhenItIsNotUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><h1>Børne- og Ungeudvalget</h1><p>Mødet blev hævet kl. 17.</p></body></html>");
        var texts = HtmlExtractor.Extract(bytes).Select(l => l.Text).ToList();
        Assert.Equal(["Børne- og Ungeudvalget", "Mødet blev hævet kl. 17."], texts);
    }

    [Fact]
    public void Headings_CarryTheirLevel_BoldAndALargerFont_AsAPdfHeadingDoes()
    {
        var lines = Lines("okonomiudvalg-cp1252.html");
        var item = Line(lines, "1. Godkendelse af dagsorden");
        Assert.Equal(2, item.HeadingLevel);
        Assert.True(item.Bold);
        Assert.True(item.FontRatio > 1.05);
        Assert.Equal(3, Line(lines, "Sagsfremstilling").HeadingLevel);
        Assert.Equal(0, Line(lines, "Godkendt.").HeadingLevel);
        Assert.False(Line(lines, "Godkendt.").Bold);
        Assert.True(Line(lines, "Beslutning:").Bold);
        Assert.True(Line(lines, "Referat").Bold);
    }

    [Fact]
    public void TableRows_BecomeOneLineEach_WithCellsSeparatedByTabs()
    {
        var lines = Lines("okonomiudvalg-cp1252.html");
        Assert.True(Line(lines, "Mødedato:\tOnsdag den 15. maj 2002 kl. 16.00").IsTableRow);
        Line(lines, "Fraværende:\tSøren Bach");
    }

    [Fact]
    public void ListItems_KeepTheirNumbers_AndBulletsAreMarked()
    {
        var lines = Lines("okonomiudvalg-cp1252.html");
        Assert.False(Line(lines, "1. taksterne for madservice godkendes,").Bullet);
        Line(lines, "2. taksterne for dagcentre godkendes.");
        Assert.True(Line(lines, "Bilag: Takstoversigt 2003").Bullet);
    }

    [Fact]
    public void LineBreaks_ContinueTheParagraph_WithoutABlankBefore()
    {
        var lines = Lines("okonomiudvalg-cp1252.html");
        var first = Line(lines, "Forvaltningen har udarbejdet forslag til takster for madservice og");
        Assert.True(first.BlankBefore);
        Assert.False(lines[lines.ToList().IndexOf(first) + 1].BlankBefore);
    }

    [Fact]
    public void RealPage_ItemNumberCellAndHeading_MakeOneHeadingLine_AndEveryItemIsFound()
    {
        const string name = "greve-klima-teknik-og-miljoeudvalget-2024-09-05.html";
        var lines = Lines(name);
        Assert.Equal(2, Line(lines, "1 Godkendelse af dagsorden").HeadingLevel);
        Assert.DoesNotContain(lines, l => l.Text == "Tilbage til forsiden");

        // The titles of the hand-written gold of this meeting (corpus/real/gold).
        string[] titles =
        [
            "Godkendelse af dagsorden", "Temamøde - udbud på affaldsområdet", "Bustrafikbestilling 2025 til Movia",
            "Gjeddesdalsvej 85, forbud mod udbringning af slam", "Køge Bugt Strandpark - fremme af kystbeskyttelsesprojekt - beslutning",
            "Lunas Ark - byggetilladelse til midlertidige pavilloner til genhusning", "Anlægsprojekter 2024 - status",
            "Lukket: Henvendelser til formanden", "Orientering fra formanden/gensidig orientering",
            "Huskeliste og orientering fra administrationen", "Klima-, Teknik- og Miljøudvalgets mødekalender 2024", "Underskriftsark",
        ];
        var meeting = new MeetingSegmenter().Segment(lines, name);
        Assert.Equal(titles.Select((t, i) => $"{i + 1} {t}"), meeting.Items.Select(i => $"{i.Number} {i.Title}"));
    }

    [Fact]
    public void TextFileHoldingAWholePage_IsReadAsThePage()
    {
        using var folder = new TemporaryFolder("archive-html");
        var path = folder.PathTo("gemt-side.txt");
        File.WriteAllText(path, "<!DOCTYPE html>\n<html><body><nav>Borger</nav><h1>Byrådet</h1><p>Referat</p></body></html>");
        var document = new DocumentExtractor().Extract(path);
        Assert.Equal("html", document.Format);
        Assert.Equal(["Byrådet", "Referat"], document.Lines.Select(l => l.Text));
    }

    [Fact]
    public void PageWithoutText_IsRefusedWithAReason()
    {
        var error = Assert.Throws<ExtractionException>(() => HtmlExtractor.Extract("<html><body><nav>Menu</nav><script>x()</script></body></html>"u8));
        Assert.Contains("no text", error.Message, StringComparison.Ordinal);
    }
}
