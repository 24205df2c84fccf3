using System.Collections.Concurrent;
using Archive.Text;

namespace Archive.Analysis;

/// <summary>
/// Splits a Danish compound into known words that cover it whole, allowing the linking
/// elements -s- and -e-, each part at least four letters ("konfliktforebyggelsesuddannelse" →
/// konflikt, forebyggelse, uddannelse, and the known sub-compound konfliktforebyggelse). The
/// split with the fewest parts wins, so "sundhedsaftalen" gives sundhed + aftalen, never saft or alen.
/// </summary>
public sealed class Decompounder
{
    public const int MinPart = 4;

    private readonly Func<string, bool> _isWord;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _cache = new(StringComparer.Ordinal);

    /// <summary>About how many words the cache holds: ConcurrentDictionary.Count takes every lock of the
    /// table, and asked on each word it made the ingest threads wait for one another.</summary>
    private int _cached;

    private const int MaxCached = 50_000;

    public Decompounder(Func<string, bool> isWord) => _isWord = isWord;

    public static Decompounder Default { get; } = new(DanishLexicon.Default.Contains);

    /// <summary>The known words inside the compound (not the compound itself); empty when it is not one.</summary>
    public IReadOnlyList<string> Parts(string lowerWord)
    {
        if (lowerWord.Length < MinPart * 2 || !lowerWord.All(char.IsLetter))
        {
            return [];
        }
        if (_cache.TryGetValue(lowerWord, out var parts))
        {
            return parts;
        }
        var computed = Compute(lowerWord);
        if (Interlocked.Increment(ref _cached) > MaxCached)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        return _cache.GetOrAdd(lowerWord, computed);
    }

    /// <summary>The last part of the compound: "ungdomspsykiatri" → "psykiatri".</summary>
    public string? Head(string lowerWord)
    {
        var split = BestSplit(lowerWord);
        return split is { Count: > 1 } ? split[^1].Word : null;
    }

    private IReadOnlyList<string> Compute(string word)
    {
        var split = BestSplit(word);
        if (split is null || split.Count < 2)
        {
            return Array.Empty<string>();
        }
        var result = new List<string>();
        foreach (var (part, _) in split)
        {
            result.Add(part);
            result.AddRange(Parts(part));
        }
        // Known sub-compounds of adjacent parts, with their linking letters: konflikt + forebyggelse.
        for (var i = 0; i < split.Count; i++)
        {
            var surface = split[i].Word;
            for (var j = i + 1; j < split.Count; j++)
            {
                surface += split[j - 1].Link + split[j].Word;
                if (j - i + 1 < split.Count && _isWord(surface))
                {
                    result.Add(surface);
                }
            }
        }
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Fewest known parts covering the word; ties go to the split with the longest parts.</summary>
    private List<(string Word, string Link)>? BestSplit(string word)
    {
        var n = word.Length;
        var best = new (int Parts, int Score, int From, string Link)?[n + 1];
        best[0] = (0, 0, -1, string.Empty);
        for (var end = MinPart; end <= n; end++)
        {
            for (var start = 0; start <= end - MinPart; start++)
            {
                if (best[start] is not { } before)
                {
                    continue;
                }
                var part = word[start..end];
                var link = string.Empty;
                if (!_isWord(part))
                {
                    // A linking -s- or -e- ends a non-final part: "sundhed|s|aftalen".
                    if (end == n || part.Length <= MinPart || (part[^1] != 's' && part[^1] != 'e') || !_isWord(part[..^1]))
                    {
                        continue;
                    }
                    link = part[^1..];
                    part = part[..^1];
                }
                if (start == 0 && end == n)
                {
                    continue; // The whole word is not a split of itself.
                }
                var candidate = (before.Parts + 1, before.Score + part.Length * part.Length, start, link);
                if (best[end] is not { } current || candidate.Item1 < current.Parts || (candidate.Item1 == current.Parts && candidate.Item2 > current.Score))
                {
                    best[end] = candidate;
                }
            }
        }
        if (best[n] is null)
        {
            return null;
        }
        var parts = new List<(string, string)>();
        for (var end = n; end > 0;)
        {
            var step = best[end]!.Value;
            var surface = word[step.From..end];
            parts.Add((step.Link.Length > 0 ? surface[..^1] : surface, step.Link));
            end = step.From;
        }
        parts.Reverse();
        return parts;
    }
}
