using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Archive.Extraction;

/// <summary>
/// Reads .html and .htm minutes with AngleSharp: the declared charset (else UTF-8, else
/// Windows-1252), entities decoded, site chrome dropped, the body walked into lines with layout signals.
/// </summary>
public static partial class HtmlExtractor
{
    public static IReadOnlyList<SourceLine> Extract(ReadOnlySpan<byte> bytes)
    {
        // Our own decoding, not AngleSharp's: pages that declare no charset are often Windows-1252,
        // where a UTF-8 default would turn æøå into replacement characters.
        var (text, _) = TextDecoder.Decode(bytes, DeclaredCharset(bytes));
        var document = new HtmlParser().ParseDocument(text);
        var body = document.Body ?? throw new ExtractionException("empty file: the HTML has no body");
        HtmlChrome.Default.Remove(body);
        var lines = new HtmlLineBuilder(HtmlChrome.Default).Build(body);
        if (lines.Count == 0)
        {
            throw new ExtractionException("empty file: no text in the HTML body");
        }
        return lines;
    }

    /// <summary>True when a text file holds a whole HTML page (a page saved with the wrong extension).</summary>
    public static bool LooksLikePage(ReadOnlySpan<byte> bytes) => PagePattern().IsMatch(Prefix(bytes, 512));

    /// <summary>The charset a &lt;meta&gt; element declares, if any.</summary>
    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes) =>
        CharsetPattern().Match(Prefix(bytes, 4096)) is { Success: true } match ? match.Groups[1].Value : null;

    private static string Prefix(ReadOnlySpan<byte> bytes, int length) => Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, length)]);

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"^(\uFEFF|ï»¿)?\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PagePattern();
}
