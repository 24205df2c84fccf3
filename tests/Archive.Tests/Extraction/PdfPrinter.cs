using System.Net;
using Microsoft.Playwright;

namespace Archive.Tests.Extraction;

/// <summary>Prints minutes to A4 PDFs with Debian's Chromium (never a downloaded browser), as a word processor or a reader saving a page would.</summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<PdfPrinter> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new PdfPrinter(playwright, browser);
    }

    /// <summary>Minutes text: a serif font, the lines as paragraphs that wrap at the margin.</summary>
    public Task PrintTextAsync(string text, string pdf) => PrintAsync(
        $"<!DOCTYPE html><html lang=\"da\"><meta charset=\"utf-8\"><body style=\"font: 11pt serif; white-space: pre-wrap\">{WebUtility.HtmlEncode(text)}</body></html>",
        pdf, null, new Margin { Top = "2cm", Bottom = "2cm", Left = "2.5cm", Right = "2.5cm" });

    /// <summary>A web page as it is, with one more style rule where given.</summary>
    public Task PrintPageAsync(string html, string pdf, string? style = null) => PrintAsync(html, pdf, style, null);

    private async Task PrintAsync(string html, string pdf, string? style, Margin? margin)
    {
        var page = await _browser.NewPageAsync();
        await page.SetContentAsync(html);
        if (style is not null)
        {
            await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = style });
        }
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", Margin = margin });
        await page.CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
