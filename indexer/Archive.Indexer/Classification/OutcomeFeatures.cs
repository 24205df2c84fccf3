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
    /// <summary>
    /// The distinct hashed indices of the features, in the order they first occur. Each feature is hashed from its
    /// parts (<see cref="FeatureHasher.Index(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char})"/>):
    /// the index of "w:" + word without the string; every decision of an index run passes through here.
    /// </summary>
    public static IReadOnlyList<int> Extract(string text)
    {
        var features = new Features();
        var lower = text.ToLowerInvariant();
        var words = new List<Range>();
        foreach (var match in WordPattern().EnumerateMatches(lower))
        {
            words.Add(new Range(match.Index, match.Index + match.Length));
        }
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
            var word = lower.AsSpan()[words[i]];
            var stem = Stem(word);
            features.Add("w:", word);
            features.Add("s:", stem);
            if (i < 4)
            {
                features.Add("first:", stem);
            }
            if (i + 1 < words.Count)
            {
                features.Add("b:", stem, "_", Stem(lower.AsSpan()[words[i + 1]]));
            }
            if ((word.SequenceEqual("ikke") || word.SequenceEqual("ej")) && i + 1 < words.Count)
            {
                features.Add("not:", Stem(lower.AsSpan()[words[i + 1]]));
            }
        }
        // A long decision buries its verdict among the words of what was decided: the first and the last sentence carry it.
        var sentences = SentenceEndPattern().Split(text.Trim()).Where(t => WordPattern().IsMatch(t)).ToList();
        if (sentences.Count > 1)
        {
            AddWords(features, "fs:", sentences[0].ToLowerInvariant());
            AddWords(features, "ls:", sentences[^1].ToLowerInvariant());
        }
        var cues = new List<(int Index, int Order, string Outcome)>();
        foreach (var (outcome, pattern) in Cues.Value)
        {
            foreach (var match in pattern.EnumerateMatches(text))
            {
                cues.Add((match.Index, cues.Count, outcome));
            }
        }
        if (cues.Count > 0)
        {
            // By position; cues at one position in the order of the cue list (a stable sort).
            cues.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Order.CompareTo(b.Order));
            foreach (var cue in cues)
            {
                features.Add("cue:", cue.Outcome);
            }
            features.Add("cue_first:", cues[0].Outcome);
            features.Add("cue_last:", cues[^1].Outcome);
        }
        return features.Indices;
    }

    private static void AddWords(Features features, string prefix, string lowerSentence)
    {
        foreach (var match in WordPattern().EnumerateMatches(lowerSentence))
        {
            features.Add(prefix, Stem(lowerSentence.AsSpan(match.Index, match.Length)));
        }
    }

    /// <summary>Distinct feature indices in the order of their first occurrence.</summary>
    private sealed class Features
    {
        private readonly HashSet<int> _seen = [];

        public List<int> Indices { get; } = [];

        public void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second = default, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default)
        {
            var index = FeatureHasher.Index(first, second, third, fourth);
            if (_seen.Add(index))
            {
                Indices.Add(index);
            }
        }
    }

    private static readonly Lazy<IReadOnlyList<(string Outcome, Regex Pattern)>> Cues = new(() => EmbeddedText.Lines("Classification/outcome-cues.txt")
        .Select(l => l.Split('\t', 2)).Select(p => (p[0], new Regex(p[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))).ToList());

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) => word.Length > 6 ? word[..6] : word;

    [GeneratedRegex(@"(?<=[.:;!?])\s+")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex WordPattern();
}
