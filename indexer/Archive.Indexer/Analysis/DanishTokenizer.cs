using System.Text.RegularExpressions;

namespace Archive.Analysis;

/// <summary>
/// Splits text into words of letters (æøå included) and digits. Words joined by hyphens or
/// slashes ("covid-19", "15-17-årige", "2/12", "EMN-2024-001234") stay one token, and decimals
/// ("8.30") stay whole; a trailing hyphen of a suspended compound ("Børne-") is kept.
/// </summary>
public static partial class DanishTokenizer
{
    public static IEnumerable<Token> Tokenize(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
        {
            yield return new Token(match.Index, match.Length, match.Value);
        }
    }

    /// <summary>The letters-and-digits parts of a joined token ("covid-19" → covid, 19).</summary>
    public static IReadOnlyList<string> Parts(string token) =>
        PartPattern().Matches(token).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+(?:(?:[-/][\p{L}\p{Nd}]+)|(?:\.\d+))*-?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex PartPattern();
}
