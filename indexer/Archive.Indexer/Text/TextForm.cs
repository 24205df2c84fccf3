using System.Text;

namespace Archive.Text;

/// <summary>
/// The one form every text takes as it is read, from a file or from a query: Unicode NFC (æ, ø, å composed, never
/// folded), the typographic ligatures that PDF writers put in ("ﬂygtninge", "oﬃcielt") spelled out as their letters,
/// and soft hyphens dropped. Without it a word printed with a ligature could not be found by its letters.
/// </summary>
public static class TextForm
{
    public static string Normalize(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') < 0 && !text.Contains('\u00AD', StringComparison.Ordinal))
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        var spelled = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            spelled.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                '\u00AD' => "",
                _ => c.ToString(),
            });
        }
        return spelled.ToString().Normalize(NormalizationForm.FormC);
    }
}
