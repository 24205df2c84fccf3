using System.Globalization;
using System.Text;
using Archive.Analysis;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Search;

/// <summary>
/// An agenda item longer than two of Lucene's stored-field chunks (32 KB) is stored in slices that our
/// LZ4 decoder reads one after another: it must read back whole, and the item after it too.
/// </summary>
public sealed class LongItemTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-long-item-");

    [Fact]
    public void AnItemOfFortyKilobytes_ReadsBackWhole_AndIsFoundByAWordAtItsEnd()
    {
        var paragraphs = Enumerable.Range(1, 400)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"Afsnit {i}: Udvalget drøftede sundhedsaftalen for distrikt {i} og nærhospitalets plan nummer {i * 7}."))
            .Append("Til sidst blev tilbuddet om rygestopkurser i alle kommuner nævnt.")
            .ToList();
        var minutes = new StringBuilder()
            .AppendLine("# Referat").AppendLine()
            .AppendLine("<b>Møde</b>\tKlyngestyregruppe Midt").AppendLine("<b>Tid</b>\t19. oktober 2020 kl. 8.30-10.00").AppendLine()
            .AppendLine("## 1. Sundhedsaftalen i distrikterne").AppendLine();
        foreach (var paragraph in paragraphs)
        {
            minutes.AppendLine(paragraph).AppendLine();
        }
        minutes.AppendLine("Referat:").AppendLine().AppendLine("Udvalget tog orienteringen til efterretning.").AppendLine()
            .AppendLine("## 2. Eventuelt").AppendLine().AppendLine("Intet.").AppendLine();
        var file = _folder.PathTo("lang-referat.txt");
        File.WriteAllText(file, minutes.ToString());
        var database = _folder.PathTo("index");
        using (var writable = ArchiveIndex.Open(database))
        {
            Assert.Empty(new ArchiveIngester(writable).Ingest([file]).Failed);
        }

        using var index = ArchiveIndex.Open(database, readOnly: true);
        var document = new DocumentReader(index).Find("lang-referat")!;
        var text = string.Join("\n\n", document.Items[0].Sections.Select(s => s.Text));
        Assert.True(Encoding.UTF8.GetByteCount(text) > 40_000);
        Assert.All(paragraphs, paragraph => Assert.Contains(paragraph, text, StringComparison.Ordinal));
        Assert.Equal("Eventuelt", document.Items[1].Title);

        var service = new SearchService(index);
        var result = service.Search(service.Parser.Parse("rygestopkurser").Query!);
        var hit = Assert.Single(result.Hits);
        Assert.Equal("1", hit.ItemNumber);
        Assert.Contains("<mark>rygestopkurser</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
