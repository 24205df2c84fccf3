using System.Text;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else
/// Windows-1252, which older Danish archives use; or the encoding the file declares (an HTML
/// page's charset). Rejects binary data. Returns NFC text.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <param name="declaredCharset">A charset the file names for itself (an HTML page's meta charset), if any.</param>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        string text;
        string name;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8(bytes[3..]);
            name = "utf-8-bom";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            name = "utf-16le";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            name = "utf-16be";
        }
        else
        {
            if (bytes.Contains((byte)0))
            {
                throw new ExtractionException("binary file, not text (it contains NUL bytes)");
            }
            var declared = EncodingNamed(declaredCharset);
            (text, name) = declared is null ? DecodeUnmarked(bytes) : (declared.GetString(bytes), declared.WebName);
        }

        if (LooksBinary(text))
        {
            throw new ExtractionException("binary file, not text (too many control characters)");
        }
        return (TextForm.Normalize(text), name);
    }

    private static (string Text, string Name) DecodeUnmarked(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
    }

    /// <summary>A declared single-byte encoding; null for UTF-8 (checked strictly instead) and for names this machine lacks.</summary>
    private static Encoding? EncodingNamed(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }
        // The HTML standard reads Latin-1 and ASCII labels as Windows-1252.
        var name = charset.Trim().ToLowerInvariant() is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" ? "windows-1252" : charset.Trim();
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage is 65001 or 1200 or 1201 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ExtractionException("invalid UTF-8 after a UTF-8 byte-order mark", e);
        }
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }
        return sample.Length > 0 && control > Math.Max(2, sample.Length / 100);
    }
}
