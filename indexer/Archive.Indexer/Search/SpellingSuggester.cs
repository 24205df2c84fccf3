using System.Text.RegularExpressions;
using Archive.Analysis;
using Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// "Did you mean": for each query word that no item contains, the nearest words of the index as
/// written (the <see cref="IndexSchema.Spelling"/> field: lower-cased, unstemmed), found by Lucene's
/// Levenshtein automaton (<see cref="FuzzyTermsEnum"/>; one edit for short words, two for longer,
/// the first letter kept) and ranked by fewest edits, then by how many items hold them.
/// </summary>
public static partial class SpellingSuggester
{
    public const int MaxPerWord = 3;

    /// <summary>The suggestions for the words of a query, best first, and the query with each unknown word replaced by its best one.</summary>
    public static (IReadOnlyList<string> Words, string? Query) Suggest(IndexReader reader, string query)
    {
        var suggestions = new List<string>();
        var corrected = query;
        foreach (var word in Words(query))
        {
            var nearest = Nearest(reader, word);
            if (nearest.Count == 0)
            {
                continue;
            }
            suggestions.AddRange(nearest.Where(n => !suggestions.Contains(n, StringComparer.Ordinal)));
            corrected = Regex.Replace(corrected, $@"(?<![\p{{L}}\p{{Nd}}]){Regex.Escape(word)}(?![\p{{L}}\p{{Nd}}])", nearest[0].Replace("$", "$$", StringComparison.Ordinal),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        return (suggestions, suggestions.Count == 0 ? null : corrected);
    }

    /// <summary>The plain words of a query, lower-cased: not filters, operators, exclusions or prefixes.</summary>
    private static IEnumerable<string> Words(string query) =>
        query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(piece => !piece.Contains(':', StringComparison.Ordinal) && piece != "OR" && !piece.StartsWith('-') && !piece.EndsWith('*'))
            .SelectMany(piece => DanishTokenizer.Tokenize(piece.Trim('"')))
            .Select(token => token.Text.TrimEnd('-').ToLowerInvariant())
            .Where(word => word.Length >= 3 && word.All(char.IsLetter))
            .Distinct(StringComparer.Ordinal);

    private static List<string> Nearest(IndexReader reader, string word)
    {
        var term = new Term(IndexSchema.Spelling, word);
        if (reader.DocFreq(term) > 0)
        {
            return [];
        }
        var candidates = new Dictionary<string, (float Similarity, int Items)>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(IndexSchema.Spelling) is not { } terms)
            {
                continue;
            }
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), term, word.Length <= 4 ? 1 : 2, prefixLength: 1, transpositions: true);
            var similarity = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
            while (fuzzy.MoveNext())
            {
                var candidate = fuzzy.Term.Utf8ToString();
                var known = candidates.GetValueOrDefault(candidate);
                candidates[candidate] = (Math.Max(known.Similarity, similarity.Boost), known.Items + fuzzy.DocFreq);
            }
        }
        return candidates.OrderByDescending(c => c.Value.Similarity).ThenByDescending(c => c.Value.Items).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxPerWord).Select(c => c.Key).ToList();
    }
}
