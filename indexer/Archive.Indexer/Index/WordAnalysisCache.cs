using System.Collections.Concurrent;
using Archive.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Index;

/// <summary>
/// The Danish chain's tokens for each distinct word, computed once. Every filter of the chain (lower
/// case, joined words, stop words, decompounding, stemming) looks at one word at a time and leaves no
/// position gap, so a text's tokens are its words' tokens in order. Only the tokenizer looks ahead, at a
/// suspended compound ("Børne- og Ungdomspsykiatrien"): the part it makes is cached per pair of words.
/// The tests hold the two ways equal on the corpus.
/// </summary>
public sealed class WordAnalysisCache
{
    /// <summary>Past this many words the cache starts again: memory stays bounded on any corpus.</summary>
    private const int MaxWords = 100_000;

    private static readonly DanishLuceneAnalyzer Chain = new();

    private static readonly DanishLuceneAnalyzer Surface = new(AnalyzerOutput.Surface);

    private readonly ConcurrentDictionary<string, Entry> _words;

    /// <summary><see cref="_words"/> looked up by a span of the text.</summary>
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordAnalysisCache()
    {
        _words = new(StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>About how many words are cached (ConcurrentDictionary.Count takes every lock of the table).</summary>
    private int _cached;

    public static WordAnalysisCache Default { get; } = new();

    /// <summary>A word's tokens, and the word as written, lower-cased (none for a word the tokenizer drops).</summary>
    private sealed record Entry(string[] Surface, CapturedToken[] Tokens);

    /// <summary>
    /// Appends the text's tokens and adds its words as written to <paramref name="surface"/>; false, with
    /// some tokens appended, when the text holds a suspended compound and must run whole (<see cref="AnalyseWhole"/>).
    /// </summary>
    public bool TryAnalyse(string text, List<CapturedToken> tokens, HashSet<string> surface)
    {
        // The words as ranges of the text: a word the cache knows costs no string (the table is read by span).
        var words = t_words ??= [];
        words.Clear();
        var position = 0;
        while (DanishTokenizer.NextWord(text, ref position) is var start and >= 0)
        {
            if (position - start <= DanishWordTokenizer.MaxWordLength)
            {
                words.Add((start, position - start));
            }
        }
        for (var i = 0; i < words.Count; i++)
        {
            var word = text.AsSpan(words[i].Start, words[i].Length);
            if (!_spans.TryGetValue(word, out var entry))
            {
                entry = Add(word.ToString());
            }
            tokens.AddRange(entry.Tokens);
            foreach (var written in entry.Surface)
            {
                surface.Add(written);
            }
            if (word[^1] == '-' && i + 2 < words.Count && DanishWordTokenizer.IsConjunction(text.Substring(words[i + 1].Start, words[i + 1].Length)))
            {
                // A suspended compound: the part the chain makes of it ("børne" + the head of "Ungdomspsykiatrien") follows the word.
                if (Suspended(word.ToString(), text.Substring(words[i + 2].Start, words[i + 2].Length)) is not { } suspended)
                {
                    return false;
                }
                tokens.AddRange(suspended);
            }
        }
        return true;
    }

    /// <summary>The word ranges of the text being analysed, one list per thread.</summary>
    [ThreadStatic]
    private static List<(int Start, int Length)>? t_words;

    /// <summary>
    /// The tokens the chain makes of a suspended compound, from the chain over "FIRST og HEAD": what
    /// stands between the two words' own tokens ("og" is a stop word). Null when the chain's tokens
    /// there are not the two words' tokens around it (the text then runs whole).
    /// </summary>
    private CapturedToken[]? Suspended(string first, string head)
    {
        var key = first + TokenTypes.SuspendedSeparator + head;
        if (_words.TryGetValue(key, out var known))
        {
            return known.Tokens;
        }
        var before = _words.TryGetValue(first, out var f) ? f.Tokens : Add(first).Tokens;
        var after = _words.TryGetValue(head, out var h) ? h.Tokens : Add(head).Tokens;
        var all = new List<CapturedToken>();
        Run(Chain, $"{first} og {head}", (term, increment, isWord) => all.Add(new CapturedToken(term, increment, isWord)));
        var middle = all.Count - before.Length - after.Length;
        if (middle < 0 || !all.Take(before.Length).SequenceEqual(before) || !all.Skip(before.Length + middle).SequenceEqual(after))
        {
            return null;
        }
        return Remember(key, new Entry([], [.. all.Skip(before.Length).Take(middle)])).Tokens;
    }

    /// <summary>The text through the whole chain, word after word.</summary>
    public static void AnalyseWhole(string text, List<CapturedToken> tokens, HashSet<string> surface)
    {
        Run(Chain, text, (term, increment, word) => tokens.Add(new CapturedToken(term, increment, word)));
        Run(Surface, text, (term, _, _) => surface.Add(term));
    }

    private Entry Add(string word)
    {
        var tokens = new List<CapturedToken>(2);
        var surface = new List<string>(1);
        Run(Chain, word, (term, increment, isWord) => tokens.Add(new CapturedToken(term, increment, isWord)));
        Run(Surface, word, (term, _, _) => surface.Add(term));
        return Remember(word, new Entry([.. surface], [.. tokens]));
    }

    private Entry Remember(string key, Entry entry)
    {
        if (Interlocked.Increment(ref _cached) > MaxWords)
        {
            _words.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        return _words.GetOrAdd(key, entry);
    }

    private static void Run(DanishLuceneAnalyzer analyzer, string text, Action<string, int, bool> add)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            add(term.ToString(), increment.PositionIncrement, type.Type == TokenTypes.Word);
        }
        stream.End();
    }
}
