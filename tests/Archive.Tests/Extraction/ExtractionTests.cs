using System.Diagnostics;
using System.Text.RegularExpressions;
using Archive.Extraction;

namespace Archive.Tests.Extraction;

public sealed partial class ExtractionTests : IDisposable
{
    private readonly DocumentExtractor _extractor = new();
    private readonly TemporaryFolder _folder = new("archive-extraction-");

    public static TheoryData<string> Seeds() => new(Repository.SeedIds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TxtAndPdf_YieldTheSameWords_FromTheFirstAgendaItemOn(string id)
    {
        var firstTitle = Gold.Load(id).Items[0].Title;
        var fromText = WordsFrom(_extractor.Extract(Repository.Corpus("txt", id + ".txt")), firstTitle);
        var fromPdf = WordsFrom(_extractor.Extract(Repository.Corpus("pdf", id + ".pdf")), firstTitle);
        Assert.NotEmpty(fromText);
        Assert.Equal(fromText, fromPdf);
    }

    [Fact]
    public void Pdf_LosesRunningPageNumbers()
    {
        var document = _extractor.Extract(Repository.Corpus("pdf", Repository.SeedIds.First() + ".pdf"));
        Assert.True(document.Pages > 1);
        Assert.DoesNotContain(document.Lines, l => SidePattern().IsMatch(l.Text));
    }

    [Fact]
    public void EmptyFile_IsRefused_WithItsReason()
    {
        var path = Temporary(".txt", []);
        Assert.Equal("empty file", Assert.Throws<ExtractionException>(() => _extractor.Extract(path)).Message);
    }

    [Fact]
    public void BinaryJunkNamedPdf_IsRefused_AsNotAPdf()
    {
        var path = Temporary(".pdf", Enumerable.Range(0, 2000).Select(i => (byte)(i * 13 % 256)).ToArray());
        Assert.Contains("not a PDF", Assert.Throws<ExtractionException>(() => _extractor.Extract(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedPdf_IsRefused_AsCorrupt()
    {
        var bytes = File.ReadAllBytes(Repository.Corpus("pdf", Repository.SeedIds.First() + ".pdf"));
        var path = Temporary(".pdf", bytes[..(bytes.Length / 3)]);
        var error = Assert.Throws<ExtractionException>(() => _extractor.Extract(path));
        Assert.Matches("corrupt|no text layer", error.Message);
    }

    [Fact]
    public void EncryptedPdf_IsRefused_AsEncrypted()
    {
        var source = Repository.Corpus("pdf", Repository.SeedIds.First() + ".pdf");
        var path = _folder.PathTo("encrypted.pdf");
        using (var qpdf = Process.Start("qpdf", ["--encrypt", "userpw", "ownerpw", "256", "--", source, path]))
        {
            qpdf.WaitForExit();
        }
        Assert.Contains("encrypted", Assert.Throws<ExtractionException>(() => _extractor.Extract(path)).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Temporary(string extension, byte[] bytes)
    {
        var path = _folder.PathTo($"{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Letter words in order from the first item's title; numbers are left out because list markers are drawn, not written, in some PDFs.</summary>
    private static List<string> WordsFrom(ExtractedDocument document, string firstTitle)
    {
        var text = string.Join("\n", document.Lines.Select(l => l.Text));
        var start = text.IndexOf(firstTitle, StringComparison.Ordinal);
        Assert.True(start >= 0, $"first item title not found in {document.Path}");
        return WordPattern().Matches(text[start..]).Select(m => m.Value.ToLowerInvariant()).ToList();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^Side \d+$")]
    private static partial Regex SidePattern();
}
