using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Analysis;

/// <summary>
/// The index's <see cref="DanishLuceneAnalyzer"/> word by word, for queries and highlights: the term a
/// query word searches for, the terms of a phrase, and whether a word of a text is indexed under a term.
/// A word's analysis is cached, since a highlighted page asks for the same words again and again.
/// </summary>
public sealed class QueryWordAnalyzer : IDisposable
{
    private readonly DanishLuceneAnalyzer _chain;
    private readonly DanishLuceneAnalyzer _words;

    /// <summary>
    /// Each distinct word's analysis, shared by the threads of a server. Two generations bound the
    /// memory: when the current one is full it becomes the previous one, and a word found only there
    /// moves back, so frequent words stay while rare ones drop out.
    /// </summary>
    private ConcurrentDictionary<string, AnalyzedWord> _cache = new(StringComparer.Ordinal);

    private ConcurrentDictionary<string, AnalyzedWord> _previous = new(StringComparer.Ordinal);

    private const int MaxCachedWords = 50_000;

    /// <summary>About how many words the current generation holds (ConcurrentDictionary.Count takes every lock).</summary>
    private int _cachedWords;

    public QueryWordAnalyzer(Decompounder? decompounder = null)
    {
        _chain = new DanishLuceneAnalyzer(AnalyzerOutput.All, decompounder);
        _words = new DanishLuceneAnalyzer(AnalyzerOutput.Words, decompounder);
    }

    /// <summary>One analyzer for a process's searches (it is thread-safe).</summary>
    public static QueryWordAnalyzer Default { get; } = new();

    /// <summary>The term a query word searches for; null for a stop word or what is not one word of letters or digits.</summary>
    public string? QueryTerm(string word)
    {
        using var tokens = DanishTokenizer.Tokenize(word).GetEnumerator();
        if (!tokens.MoveNext())
        {
            return null;
        }
        var only = tokens.Current;
        return tokens.MoveNext() ? null : Analyze(only.Text).Term;
    }

    /// <summary>The terms of a phrase in order: its words as the index holds them (stop words dropped, no parts).</summary>
    public IReadOnlyList<string> PhraseTerms(string text)
    {
        var terms = new List<string>();
        using var stream = _words.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    /// <summary>Whether one word of a text (as the tokenizer cut it) is indexed under this term: as itself or as a part.</summary>
    public bool HasTerm(string word, string term)
    {
        var analyzed = Analyze(word);
        return analyzed.Term == term || analyzed.Parts.Contains(term, StringComparer.Ordinal);
    }

    private AnalyzedWord Analyze(string word)
    {
        var cache = _cache;
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }
        if (!_previous.TryGetValue(word, out known))
        {
            known = RunChain(word);
        }
        if (Interlocked.Increment(ref _cachedWords) > MaxCachedWords)
        {
            // Another thread may swap at the same moment: the worst outcome is a lost generation.
            _previous = cache;
            _cache = cache = new(StringComparer.Ordinal);
            Interlocked.Exchange(ref _cachedWords, 0);
        }
        cache.TryAdd(word, known);
        return known;
    }

    /// <summary>The chain over one word: the word's own term (none for a stop word) and the parts at its position.</summary>
    private AnalyzedWord RunChain(string word)
    {
        string? main = null;
        var parts = new List<string>();
        using var stream = _chain.GetTokenStream("body", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (type.Type == TokenTypes.Word && main is null)
            {
                main = term.ToString();
            }
            else
            {
                parts.Add(term.ToString());
            }
        }
        stream.End();
        return new AnalyzedWord(main, parts);
    }

    public void Dispose()
    {
        _chain.Dispose();
        _words.Dispose();
    }

    private sealed record AnalyzedWord(string? Term, IReadOnlyList<string> Parts);
}
