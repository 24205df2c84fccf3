using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Classification;

/// <summary>
/// Features of a decision text for the outcome model: words, a crude prefix stem, word pairs,
/// the opening words, the words of the first and the last sentence (where minutes put the verdict: "Godkendt, idet …",
/// "… Indstillingen blev godkendt."), and negation marks ("ikke tiltræde").
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
        // A long decision buries its verdict among the words of what was decided: the first and the last sentence carry it.
        var sentences = SentenceEndPattern().Split(text.Trim()).Where(t => WordPattern().IsMatch(t)).ToList();
        if (sentences.Count > 1)
        {
            features.AddRange(WordPattern().Matches(sentences[0].ToLowerInvariant()).Select(m => "fs:" + Stem(m.Value)));
            features.AddRange(WordPattern().Matches(sentences[^1].ToLowerInvariant()).Select(m => "ls:" + Stem(m.Value)));
        }
        var cues = Cues.Value.SelectMany(c => c.Pattern.Matches(text).Select(m => (m.Index, c.Outcome))).OrderBy(c => c.Index).ToList();
        if (cues.Count > 0)
        {
            features.AddRange(cues.Select(c => "cue:" + c.Outcome));
            features.Add("cue_first:" + cues[0].Outcome);
            features.Add("cue_last:" + cues[^1].Outcome);
        }
        return features.Select(FeatureHasher.Index).Distinct().ToList();
    }

    private static readonly Lazy<IReadOnlyList<(string Outcome, Regex Pattern)>> Cues = new(() => EmbeddedText.Lines("Classification/outcome-cues.txt")
        .Select(l => l.Split('\t', 2)).Select(p => (p[0], new Regex(p[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))).ToList());

    private static string Stem(string word) => word.Length > 6 ? word[..6] : word;

    [GeneratedRegex(@"(?<=[.:;!?])\s+")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex WordPattern();
}
