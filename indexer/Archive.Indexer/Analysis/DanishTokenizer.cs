using System.Text.RegularExpressions;

namespace Archive.Analysis;

/// <summary>
/// Splits text into words of letters (æøå included) and digits. Words joined by hyphens or
/// slashes ("covid-19", "15-17-årige", "2/12", "EMN-2024-001234") stay one token, and decimals
/// ("8.30") stay whole; a trailing hyphen of a suspended compound ("Børne-") is kept.
/// </summary>
public static partial class DanishTokenizer
{
    /// <summary>
    /// The words of the text. A hand-written scanner of what <see cref="WordPattern"/> describes
    /// (the tests hold the two equal): it runs several times faster than the regular expression.
    /// </summary>
    public static IEnumerable<Token> Tokenize(string text)
    {
        var i = 0;
        while (NextWord(text, ref i) is var start and >= 0)
        {
            yield return new Token(start, i - start, text[start..i]);
        }
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/>: its start, with <paramref name="position"/> moved to its end;
    /// -1 when no word is left. What <see cref="Tokenize"/> yields, without a string or a token per word.
    /// </summary>
    public static int NextWord(string text, ref int position)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }
        if (i >= text.Length)
        {
            position = i;
            return -1;
        }
        var start = i;
        i = SkipWordChars(text, i);
        while (i + 1 < text.Length)
        {
            if ((text[i] == '-' || text[i] == '/') && IsWordChar(text[i + 1]))
            {
                i = SkipWordChars(text, i + 1);
            }
            else if (text[i] == '.' && char.IsDigit(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }
        position = i;
        return start;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsDigit(c);

    private static int SkipWordChars(string text, int i)
    {
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The letters-and-digits parts of a joined token ("covid-19" → covid, 19).</summary>
    public static IReadOnlyList<string> Parts(string token) =>
        PartPattern().Matches(token).Select(m => m.Value).ToList();

    /// <summary>The definition of a word, as a regular expression.</summary>
    [GeneratedRegex(@"[\p{L}\p{Nd}]+(?:(?:[-/][\p{L}\p{Nd}]+)|(?:\.\d+))*-?")]
    public static partial Regex WordPattern();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex PartPattern();
}
