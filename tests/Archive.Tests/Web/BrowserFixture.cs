using Archive.Api;
using Archive.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Tests.Web;

/// <summary>
/// The real server on a free loopback port over an index of corpus/ plus a hostile minutes file,
/// and Debian's Chromium driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-web-");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var database = Path.Combine(_folder.FullName, "archive.db");
        var hostile = Directory.CreateDirectory(Path.Combine(_folder.FullName, "hostile"));
        await File.WriteAllTextAsync(Path.Combine(hostile.FullName, "hostile-minutes.txt"), """
            Referat
            Klyngestyregruppe Vest
            Mødedato: 1. marts 2022

            1. Test af <script>window.__xss = 1</script> escaping

            Referat:
            Punktet om escaping <img src=x onerror="window.__xss = 2"> blev drøftet.
            """);
        using (var index = ArchiveIndex.Open(database))
        {
            new ArchiveIngester(index).Ingest([Repository.Corpus("txt"), Repository.Corpus("pdf"), hostile.FullName]);
        }

        _app = ApiHost.Build([], database, "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>After <see cref="DisposeAsync"/>: the server has stopped, so its index can be deleted.</summary>
    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
