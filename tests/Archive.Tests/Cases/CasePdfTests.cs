using Archive.Cases;
using Archive.Index;
using Archive.Tests.Extraction;

namespace Archive.Tests.Cases;

/// <summary>
/// The three-forum case of Fixtures/Cases when one forum's minutes come as a PDF: Økonomiudvalget's minutes (whose item
/// without a number joins its case) printed to PDF by Debian's Chromium, as a word processor would, paragraphs
/// wrapped to the page; the other minutes as text. The path must be the one written by hand for the text minutes.
/// </summary>
public sealed class CasePdfTests
{
    private const string PdfMinutes = "vordingborg-oekonomiudvalget-2024-03-12";

    [Fact]
    public async Task ThreeForumCase_HasTheSamePath_WhenOneForumsMinutesAreAPdf()
    {
        using var folder = new TemporaryFolder("archive-case-pdf-");
        var minutes = Directory.CreateDirectory(Path.Combine(folder.FullName, "minutes")).FullName;
        foreach (var text in Directory.GetFiles(CaseIndexFixture.Fixtures, "*.txt").Where(f => Path.GetFileNameWithoutExtension(f) != PdfMinutes))
        {
            File.Copy(text, Path.Combine(minutes, Path.GetFileName(text)));
        }
        var pdf = Path.Combine(minutes, PdfMinutes + ".pdf");
        await using (var printer = await PdfPrinter.StartAsync())
        {
            await printer.PrintTextAsync(File.ReadAllText(Path.Combine(CaseIndexFixture.Fixtures, PdfMinutes + ".txt")), pdf);
        }
        var database = Path.Combine(folder.FullName, "index");
        using (var writable = ArchiveIndex.Open(database))
        {
            var report = new ArchiveIngester(writable).Ingest([minutes]);
            Assert.Empty(report.Failed);
        }

        using var index = ArchiveIndex.Open(database, readOnly: true);
        Assert.Equal("pdf", Path.GetExtension(new DocumentReader(index).Find(PdfMinutes)!.File).TrimStart('.'));
        var cases = new CaseService(index);
        foreach (var (number, expected) in CaseCommandTests.ExpectedPaths())
        {
            var steps = cases.Find(number)!.Steps.Where(s => s.DocumentId is not null).Select(s => (s.DocumentId!, s.ItemNumber!, s.Date!)).ToList();
            Assert.Equal(expected, steps);
        }
    }
}
