using System.Collections.Concurrent;
using Archive.Analysis;
using Archive.Text;
using SnowballDanish = Lucene.Net.Tartarus.Snowball.Ext.DanishStemmer;

namespace Archive.Tests.Analysis;

/// <summary>The index terms of a text: <see cref="Terms"/> in reading order, and the <see cref="Parts"/> indexed beside them.</summary>
public sealed record AnalyzedText(IReadOnlyList<string> Terms, IReadOnlyList<string> Parts);

/// <summary>
/// The oracle of the property tests: the Danish analysis written out by hand, word by word, as the
/// product ran it before its analysis moved onto Lucene's filters (<see cref="DanishLuceneAnalyzer"/>):
/// tokenizer → lower-case (invariant, æøå kept) → stop words → Snowball stem with overrides
/// → compound parts. The product no longer uses it; the tests hold the Lucene chain equal to it.
/// </summary>
public sealed class ReferenceDanishAnalyzer
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "og", "eller", "samt" };

    private static readonly Lazy<HashSet<string>> StopWords = new(() => new HashSet<string>(EmbeddedText.Lines("Analysis/danish-stopwords.txt"), StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Overrides = new(() => EmbeddedText.Lines("Analysis/stem-overrides.txt")
        .Select(l => l.Split('\t', 2))
        .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal));

    private static readonly ThreadLocal<SnowballDanish> Snowball = new(() => new SnowballDanish());

    private readonly Decompounder _decompounder;

    /// <summary>
    /// Each distinct word's analysis, shared by the threads of an ingest. Words follow Zipf's law,
    /// so most lookups hit, and stemming (a native call) and decompounding run once per word. Two
    /// generations bound the memory: when the current one is full it becomes the previous one,
    /// and a word found only there moves back, so frequent words stay while rare ones drop out.
    /// </summary>
    private ConcurrentDictionary<string, (string? Main, IReadOnlyList<string> Extra)> _words = new(StringComparer.Ordinal);

    private ConcurrentDictionary<string, (string? Main, IReadOnlyList<string> Extra)> _previousWords = new(StringComparer.Ordinal);

    private const int MaxCachedWords = 50_000;

    /// <summary>About how many words the current generation holds (ConcurrentDictionary.Count takes every lock).</summary>
    private int _cachedWords;

    public ReferenceDanishAnalyzer(Decompounder? decompounder = null) => _decompounder = decompounder ?? Decompounder.Default;

    /// <summary>Snowball stemming plus the override table, which departs from Snowball so that one concept has one term.</summary>
    private static string Stem(string lowerWord)
    {
        if (Overrides.Value.TryGetValue(lowerWord, out var stem))
        {
            return stem;
        }
        if (lowerWord.Length < 3 || !lowerWord.Any(char.IsLetter))
        {
            return lowerWord;
        }
        var snowball = Snowball.Value!;
        snowball.SetCurrent(lowerWord);
        snowball.Stem();
        var stemmed = snowball.Current;
        return Overrides.Value.TryGetValue(stemmed, out var again) ? again : stemmed;
    }

    public AnalyzedText Analyze(string text)
    {
        var terms = new List<string>();
        var parts = new List<string>();
        var tokens = DanishTokenizer.Tokenize(text).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var raw = tokens[i].Text;
            var (main, extra) = AnalyzeWord(raw);
            if (main is not null)
            {
                terms.Add(main);
            }
            parts.AddRange(extra);
            if (raw.EndsWith('-') && i + 2 < tokens.Count && Conjunctions.Contains(tokens[i + 1].Text.ToLowerInvariant()))
            {
                // Suspended compound: "Børne- og Ungdomspsykiatri" also means "børnepsykiatri".
                var head = _decompounder.Head(tokens[i + 2].Text.TrimEnd('-').ToLowerInvariant());
                if (head is not null)
                {
                    parts.Add(Stem(raw.TrimEnd('-').ToLowerInvariant() + head));
                }
            }
        }
        return new AnalyzedText(terms, parts);
    }

    /// <summary>The term a query word searches for; null for a stop word or a word with no letters or digits.</summary>
    public string? QueryTerm(string word)
    {
        var tokens = DanishTokenizer.Tokenize(word).ToList();
        return tokens.Count == 1 ? AnalyzeWord(tokens[0].Text).Main : null;
    }

    /// <summary>Whether one word of the text is indexed under this term (its own term or a part's).</summary>
    public bool HasTerm(string word, string term)
    {
        var (main, extra) = AnalyzeWord(word);
        return main == term || extra.Contains(term, StringComparer.Ordinal);
    }

    private (string? Main, IReadOnlyList<string> Extra) AnalyzeWord(string raw)
    {
        // Looked up as written first: lower-casing Danish letters costs more than the lookup.
        var words = _words;
        if (words.TryGetValue(raw, out var known))
        {
            return known;
        }
        if (_previousWords.TryGetValue(raw, out known))
        {
            Interlocked.Increment(ref _cachedWords);
            words.TryAdd(raw, known);
            return known;
        }
        var lower = raw.TrimEnd('-').ToLowerInvariant();
        var analyzed = lower.Length == 0 ? (null, [])
            : words.TryGetValue(lower, out var knownLower) ? knownLower
            : _previousWords.TryGetValue(lower, out knownLower) ? knownLower
            : AnalyzeLowerWord(lower);
        if (Interlocked.Add(ref _cachedWords, 2) > MaxCachedWords)
        {
            // Another thread may swap at the same moment: the worst outcome is a lost generation.
            _previousWords = words;
            _words = words = new(StringComparer.Ordinal);
            Interlocked.Exchange(ref _cachedWords, 0);
        }
        words.TryAdd(raw, analyzed);
        words.TryAdd(lower, analyzed);
        return analyzed;
    }

    private (string? Main, IReadOnlyList<string> Extra) AnalyzeLowerWord(string lower)
    {
        if (lower.IndexOfAny(['-', '/', '.']) >= 0)
        {
            var extra = new List<string>();
            foreach (var part in DanishTokenizer.Parts(lower))
            {
                var (partMain, partExtra) = AnalyzeWord(part);
                if (partMain is not null)
                {
                    extra.Add(partMain);
                }
                extra.AddRange(partExtra);
            }
            return (lower, extra);
        }
        if (StopWords.Value.Contains(lower))
        {
            return (null, []);
        }
        var parts = _decompounder.Parts(lower).Select(Stem).ToList();
        return (Stem(lower), parts);
    }
}
