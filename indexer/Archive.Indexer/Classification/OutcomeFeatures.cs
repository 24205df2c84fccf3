using System.Text.RegularExpressions;

namespace Archive.Classification;

/// <summary>
/// Features of a decision text for the outcome model: words, a crude prefix stem, word pairs,
/// the opening words (where minutes put the verdict), and negation marks ("ikke tiltræde").
/// </summary>
public static partial class OutcomeFeatures
{
    public static IReadOnlyList<int> Extract(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var features = new List<string>();
        if (words.Count == 0)
        {
            features.Add("empty");
        }
        else if (words.Count <= 6)
        {
            features.Add("short");
        }
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var stem = word.Length > 6 ? word[..6] : word;
            features.Add("w:" + word);
            features.Add("s:" + stem);
            if (i < 4)
            {
                features.Add("first:" + stem);
            }
            if (i + 1 < words.Count)
            {
                var next = words[i + 1];
                features.Add("b:" + stem + "_" + (next.Length > 6 ? next[..6] : next));
            }
            if (word is "ikke" or "ej" && i + 1 < words.Count)
            {
                var negated = words[i + 1];
                features.Add("not:" + (negated.Length > 6 ? negated[..6] : negated));
            }
        }
        return features.Select(FeatureHasher.Index).Distinct().ToList();
    }

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex WordPattern();
}
