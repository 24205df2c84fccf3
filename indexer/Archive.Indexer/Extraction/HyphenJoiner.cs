using System.Text.RegularExpressions;

namespace Archive.Extraction;

/// <summary>
/// Joins two visual lines where the first ends in a hyphen. A word broken at the line end is
/// rejoined only when the result is one known word ("sundheds-" + "væsenet"); a suspended
/// compound ("Børne- og Ungdomspsykiatri") and a hyphenated token ("F-ACT-" + "team") keep their hyphen.
/// </summary>
public sealed partial class HyphenJoiner
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "og", "eller", "samt", "til", "el.", "&", "hhv." };

    private readonly Func<string, bool> _isWord;

    public HyphenJoiner(Func<string, bool> isWord) => _isWord = isWord;

    public string Join(string first, string second)
    {
        first = first.TrimEnd();
        second = second.TrimStart();
        if (first.Length == 0)
        {
            return second;
        }
        if (second.Length == 0)
        {
            return first;
        }
        // A date or a case number broken at one of its dashes ("18-" / "08-2021", "00.01.00-" / "G01-1-18") is one again.
        if (first[^1] == '-' && first.Length >= 2 && char.IsDigit(first[^2])
            && (char.IsDigit(second[0]) || (second.Length >= 2 && char.IsUpper(second[0]) && char.IsDigit(second[1]))))
        {
            return first + second;
        }
        var broken = BrokenWordPattern().Match(first);
        if (!broken.Success)
        {
            return first + " " + second;
        }
        var nextWord = FirstWordPattern().Match(second).Value;
        if (nextWord.Length == 0 || Conjunctions.Contains(nextWord.ToLowerInvariant()) || !char.IsLower(second[0]))
        {
            return first + " " + second;
        }
        var prefix = broken.Groups[1].Value;
        var joined = (prefix + nextWord).ToLowerInvariant();
        if (_isWord(joined) || IsCompoundOfKnownWords(prefix.ToLowerInvariant(), nextWord.ToLowerInvariant()))
        {
            return first[..^1] + second;
        }
        return first + second;
    }

    private bool IsCompoundOfKnownWords(string prefix, string suffix)
    {
        if (prefix.Length < 3 || !_isWord(suffix))
        {
            return false;
        }
        return _isWord(prefix)
            || (prefix.Length > 4 && (prefix.EndsWith('s') || prefix.EndsWith('e')) && _isWord(prefix[..^1]));
    }

    [GeneratedRegex(@"(\p{L}+)-$")]
    private static partial Regex BrokenWordPattern();

    [GeneratedRegex(@"^[\p{L}\p{Nd}.&]+")]
    private static partial Regex FirstWordPattern();
}
