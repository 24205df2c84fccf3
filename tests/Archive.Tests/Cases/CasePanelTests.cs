using Archive.Api;
using Archive.Index;
using Archive.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Tests.Cases;

/// <summary>"Sagens forløb" on the web page, in headless Chromium, over a server of the case fixtures.</summary>
[Collection(BrowserGroup.Name)]
public sealed class CasePanelTests(BrowserFixture browser) : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-case-web-");
    private readonly List<string> _consoleErrors = [];
    private WebApplication _app = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private string _baseUrl = string.Empty;

    public async Task InitializeAsync()
    {
        var database = Path.Combine(_folder.FullName, "index");
        using (var index = ArchiveIndex.Open(database))
        {
            new ArchiveIngester(index).Ingest([CaseIndexFixture.Fixtures]);
        }
        _app = ApiHost.Build([], database, "http://127.0.0.1:0");
        await _app.StartAsync();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
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

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>After <see cref="DisposeAsync"/>: the server has stopped, so its index can be deleted.</summary>
    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AHitsCaseNumber_LinksToTheCasesPath_InDateOrder()
    {
        await _page.GotoAsync(_baseUrl + "/#/soeg?q=" + Uri.EscapeDataString("boliger strandvejen"));
        await _page.Locator("a.case-link", new PageLocatorOptions { HasText = "24/1234" }).First.ClickAsync();
        await _page.Locator(".case-panel h3", new PageLocatorOptions { HasText = "Sagens forløb" }).WaitForAsync();
        var steps = await _page.Locator(".case-path > li > strong").AllInnerTextsAsync();
        Assert.Equal(["5. marts 2024 · Teknik- og Miljøudvalget", "12. marts 2024 · Økonomiudvalget", "21. marts 2024 · Byrådet"], steps);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "case.png"), FullPage = true });
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task AnItemWithoutANumber_ShowsTheCasePanel_InTheMeetingView()
    {
        await _page.GotoAsync(_baseUrl + "/#/moede/vordingborg-oekonomiudvalget-2024-03-12/2");
        var panel = _page.Locator("#punkt-2 .case-panel");
        await panel.WaitForAsync();
        Assert.Contains("sag 24/1234", await panel.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await panel.Locator(".case-path > li").CountAsync());
        Assert.Contains("Sikkerhed 95 %", await panel.InnerTextAsync(), StringComparison.Ordinal);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "case-panel.png"), FullPage = true });
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task TheTimeline_ShowsThePathOfACaseItsItemsShare()
    {
        await _page.GotoAsync(_baseUrl + "/#/tidslinje?q=" + Uri.EscapeDataString("erhverv strandvejen"));
        var panel = _page.Locator(".case-panel");
        await panel.WaitForAsync();
        Assert.Contains("sag 24/1240", await panel.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await panel.Locator(".case-path > li").CountAsync());
        Assert.Empty(_consoleErrors);
    }
}
