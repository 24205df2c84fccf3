using System.Text;

namespace Archive.Text;

/// <summary>
/// The one form every text takes as it is read, from a file or from a query: Unicode NFC (æ, ø, å composed, never
/// folded), the typographic ligatures that PDF writers put in ("ﬂygtninge", "oﬃcielt") spelled out as their letters,
/// soft hyphens dropped, and the bullets of Word's symbol fonts, which PDFs carry as private-use characters (U+F0B7, U+F0A7,
/// U+F0D8), made the bullet they draw ('•'). Without it a word printed with a ligature could not be found by its letters, and
/// a list printed with symbol-font bullets would not be read as a list.
/// </summary>
public static class TextForm
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\u00AD\uF0B7\uF0A7\uF0D8");

    public static string Normalize(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') < 0 && text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        var spelled = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Spelled(c) is { } letters)
            {
                spelled.Append(letters);
            }
            else
            {
                spelled.Append(c);
            }
        }
        return spelled.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>What a special character is written as; null for any other character, which stays as it is.</summary>
    private static string? Spelled(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        '\u00AD' => "",
        '\uF0B7' or '\uF0A7' or '\uF0D8' => "•",
        _ => null,
    };
}
