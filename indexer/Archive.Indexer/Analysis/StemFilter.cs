using Archive.Text;

namespace Archive.Analysis;

/// <summary>
/// Snowball stemming plus an override table (stem-overrides.txt) for inflections the algorithm
/// splits apart: godkendes/godkendt, budget/budgettet, indsats/indsatsen. Departs from Snowball
/// only there, so that one concept has one index term.
/// </summary>
public sealed class StemFilter
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Overrides = new(() => EmbeddedText.Lines("Analysis/stem-overrides.txt")
        .Select(l => l.Split('\t', 2))
        .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal));

    public string Stem(string lowerWord)
    {
        if (Overrides.Value.TryGetValue(lowerWord, out var stem))
        {
            return stem;
        }
        if (lowerWord.Length < 3 || !lowerWord.Any(char.IsLetter))
        {
            return lowerWord;
        }
        var stemmed = DanishStemmer.Current.Stem(lowerWord);
        return Overrides.Value.TryGetValue(stemmed, out var again) ? again : stemmed;
    }
}
