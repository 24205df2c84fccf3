using Microsoft.Playwright;

namespace Archive.Tests.Web;

/// <summary>The web page as a person uses it, in headless Chromium. Each test saves a screenshot under the test output.</summary>
[Collection(BrowserGroup.Name)]
public sealed class WebPageTests : IAsyncLifetime
{
    private readonly BrowserFixture _fixture;
    private readonly List<string> _consoleErrors = [];
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public WebPageTests(BrowserFixture fixture) => _fixture = fixture;

    public async Task InitializeAsync()
    {
        _context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        _page = await _context.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        _page.PageError += (_, error) => _consoleErrors.Add(error);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private async Task Screenshot(string name) =>
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_fixture.Screenshots, name + ".png"), FullPage = true });

    private async Task SearchFor(string query)
    {
        await _page.GotoAsync(_fixture.BaseUrl + "/");
        await _page.GetByLabel("Søg i referater").FillAsync(query);
        await _page.Keyboard.PressAsync("Enter");
        await _page.Locator("section[aria-label=Resultater]").WaitForAsync();
    }

    [Fact]
    public async Task Search_ShowsHitsWithHighlightsAndMetadata_InDanish()
    {
        await SearchFor("konfliktforebyggelse");
        Assert.Equal("3 dagsordenspunkter", await _page.Locator(".toolbar strong").First.InnerTextAsync());
        Assert.Equal(3, await _page.Locator("article.hit").CountAsync());
        Assert.True(await _page.Locator("article.hit mark").CountAsync() >= 3);
        Assert.Contains(await _page.Locator("article.hit .meta").AllInnerTextsAsync(), meta => meta.Contains("Klynge Nord", StringComparison.Ordinal));
        Assert.Contains("q=konfliktforebyggelse", _page.Url, StringComparison.Ordinal);
        await Screenshot("search");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task ClusterFacet_NarrowsTheResults_AndTheUrlKeepsIt()
    {
        await SearchFor("konfliktforebyggelse");
        await _page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Midt (1)" }).ClickAsync();
        await _page.WaitForURLAsync("**klynge%3AMidt**");
        await _page.Locator(".toolbar strong", new PageLocatorOptions { HasText = "1 dagsordenspunkter" }).WaitForAsync();
        Assert.Equal(1, await _page.Locator("article.hit").CountAsync());
        await _page.GoBackAsync();
        await _page.Locator(".toolbar strong", new PageLocatorOptions { HasText = "3 dagsordenspunkter" }).WaitForAsync();
        await Screenshot("facet");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Timeline_TellsTheKonfliktforebyggelseStory_AndOpensTheMeeting()
    {
        await _page.GotoAsync(_fixture.BaseUrl + "/#/tidslinje?q=konfliktforebyggelse");
        await _page.Locator("article.event").First.WaitForAsync();
        var events = await _page.Locator("article.event h3 a").AllInnerTextsAsync();
        Assert.Equal(3, events.Count);
        Assert.Contains("Syd", events[0], StringComparison.Ordinal);
        Assert.StartsWith("ca. ", events[0], StringComparison.Ordinal);
        Assert.Contains("Midt", events[1], StringComparison.Ordinal);
        Assert.Contains("Nord", events[2], StringComparison.Ordinal);
        Assert.Equal(3, await _page.Locator(".timeline svg rect").CountAsync());
        await Screenshot("timeline");

        await _page.Locator("article.event h3 a").Nth(2).ClickAsync();
        await _page.Locator("section#punkt-4").WaitForAsync();
        Assert.Contains("Klyngestyregruppe", await _page.Locator("main h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Jan Mainz", await _page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Orienteringen tages til efterretning", await _page.Locator("section#punkt-4 .decision").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("punkt-4", await _page.EvaluateAsync<string>("document.activeElement.id"));
        await Screenshot("meeting");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task CsvExport_DownloadsEveryHit()
    {
        await SearchFor("klynge:Midt");
        var total = int.Parse((await _page.Locator(".toolbar strong").First.InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var download = await _page.RunAndWaitForDownloadAsync(() => _page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Hent CSV" }).ClickAsync());
        Assert.StartsWith("archive-klynge-midt-", download.SuggestedFilename, StringComparison.Ordinal);
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total + 1, lines.Length);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task MinutesText_IsShownAsText_NeverRun()
    {
        await SearchFor("escaping");
        Assert.Contains("<script>", await _page.Locator("article.hit h3").First.InnerTextAsync(), StringComparison.Ordinal);
        await _page.Locator("article.hit h3 a").First.ClickAsync();
        await _page.Locator("section#punkt-1").WaitForAsync();
        Assert.Contains("<img src=x", await _page.Locator("section#punkt-1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Null(await _page.EvaluateAsync<int?>("window.__xss ?? null"));
        await Screenshot("escaping");
    }

    [Fact]
    public async Task BadQuery_SaysWhatIsWrong_AndEmptyResultSuggestsWhatToTry()
    {
        await _page.GotoAsync(_fixture.BaseUrl + "/#/soeg?q=%22uafsluttet");
        Assert.Contains("unbalanced quotes", await _page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await SearchFor("xylofonorkester");
        Assert.Contains("Ingen punkter matcher", await _page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_IsUsableAtPhoneWidth_AndByKeyboard()
    {
        await _page.SetViewportSizeAsync(390, 844);
        await _page.GotoAsync(_fixture.BaseUrl + "/");
        await _page.Keyboard.PressAsync("Tab");
        await _page.Keyboard.PressAsync("Tab");
        Assert.Equal("q", await _page.EvaluateAsync<string>("document.activeElement.id"));
        await _page.Keyboard.TypeAsync("nærhospitaler");
        await _page.Keyboard.PressAsync("Enter");
        await _page.Locator("article.hit").First.WaitForAsync();
        var width = await _page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide at a 390px viewport");
        await Screenshot("phone");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task AMisspelling_OffersMenteDu_AndTheLinkSearchesTheIndexedWord()
    {
        await SearchFor("konfliktforbyggelse");
        var suggestion = _page.Locator(".suggestion a");
        Assert.Equal("konfliktforebyggelse", await suggestion.InnerTextAsync());
        await suggestion.ClickAsync();
        await _page.Locator("article.hit").First.WaitForAsync();
        Assert.Equal(3, await _page.Locator("article.hit").CountAsync());
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task MeetingView_ListsSimilarItems_FromOtherMeetings()
    {
        await _page.GotoAsync(_fixture.BaseUrl + "/#/moede/000_3b4e825079c19f44/2");
        var related = _page.Locator("#punkt-2 .related");
        await related.WaitForAsync();
        Assert.Equal("Lignende punkter", await related.Locator("h4").InnerTextAsync());
        Assert.Contains(await related.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            href => href.Contains("001_f89f07603ee62cc9", StringComparison.Ordinal));
        await Screenshot("related");
        Assert.Empty(_consoleErrors);
    }
}
