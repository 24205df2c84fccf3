using System.Text;
using Archive.Extraction;

namespace Archive.Tests.Extraction;

public class TextDecoderTests
{
    private const string Danish = "Klyngestyregruppen godkendte mødeplanen for år 2021: æ ø å Æ Ø Å";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf-8", new UTF8Encoding(false).GetBytes(Danish) },
        { "utf-8-bom", [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(Danish)] },
        { "utf-16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Danish)] },
        { "utf-16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Danish)] },
        { "windows-1252", Encoding.GetEncoding(1252).GetBytes(Danish) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_KeepsDanishLetters_InEveryEncodingOldArchivesUse(string expected, byte[] bytes)
    {
        var (text, name) = TextDecoder.Decode(bytes);
        Assert.Equal(Danish, text);
        Assert.Equal(expected, name);
    }

    [Fact]
    public void Decode_RefusesBinaryData_WithAReason()
    {
        var junk = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray();
        var error = Assert.Throws<ExtractionException>(() => TextDecoder.Decode(junk));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NormalisesToNfc_SoDecomposedAAndRingMatchesÅ()
    {
        var (text, _) = TextDecoder.Decode(Encoding.UTF8.GetBytes("A\u030Arhus"));
        Assert.Equal("Århus", text);
    }
}
