using System.Buffers;
using Archive.Index;

namespace Archive.Search;

/// <summary>Matching items, ids ascending, each with its score; only the first <see cref="Count"/> entries are used.</summary>
internal readonly record struct ScoredSet(int[] Ids, double[] Scores, int Count)
{
    public static ScoredSet Empty { get; } = new([], [], 0);
}

/// <summary>
/// Evaluates a query's text part over the posting lists and scores each match with BM25 as SQLite's
/// FTS5 computes it (k1 1.2, b 0.75, idf floored at 10⁻⁶), weighting the columns title 10,
/// decision 4, body 1 and compound parts 0.3, so that a whole-word match ranks above a part match.
/// A phrase is matched by positions and scored as the sum of its terms.
/// </summary>
internal sealed class Retriever
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private static readonly double[] Weights = [10.0, 4.0, 1.0, 0.3];

    private readonly ArchiveIndex _index;
    private readonly ItemCatalog _catalog;

    public Retriever(ArchiveIndex index, ItemCatalog catalog)
    {
        _index = index;
        _catalog = catalog;
    }

    public ScoredSet Evaluate(QueryNode node) => node switch
    {
        TermNode { Prefix: false } t => Score(Postings(t.Term, withPositions: false)),
        TermNode t => Union(PrefixPostings(t.Term).Select(Score).ToList()),
        PhraseNode p => Phrase(p),
        AndNode a => And(a),
        OrNode o => Union(o.Children.Select(Evaluate).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private ScoredSet Score(PostingList list)
    {
        // Lists keep deleted items until a merge drops them: only items that exist count.
        var live = 0;
        for (var i = 0; i < list.Count; i++)
        {
            live += _catalog.Contains(list.Ids[i]) ? 1 : 0;
        }
        var n = _catalog.LiveItems;
        var idf = Math.Log((n - live + 0.5) / (live + 0.5));
        if (!(idf > 0))
        {
            idf = 1e-6;
        }
        var lengths = _catalog.Length;
        var average = _catalog.AverageLength;
        var scores = new double[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var id = list.Ids[i];
            var counts = list.Counts.AsSpan(i * PostingList.Columns, PostingList.Columns);
            var tf = 0.0;
            for (var c = 0; c < PostingList.Columns; c++)
            {
                tf += Weights[c] * counts[c];
            }
            var length = id < lengths.Length ? lengths[id] : average;
            scores[i] = idf * (tf * (K1 + 1)) / (tf + (K1 * (1 - B + (B * length / average))));
        }
        return new ScoredSet(list.Ids, scores, list.Count);
    }

    /// <summary>Items where the phrase's terms stand next to each other in this order, in one column; scored by its terms.</summary>
    private ScoredSet Phrase(PhraseNode phrase)
    {
        if (phrase.Terms.Count < 2)
        {
            return phrase.Terms.Count == 1 ? Evaluate(new TermNode(phrase.Terms[0], false)) : ScoredSet.Empty;
        }
        var lists = phrase.Terms.Select(t => Postings(t, withPositions: true)).ToList();
        var scores = lists.Select(Score).ToList();
        var first = lists[0];
        var at = new int[lists.Count];
        var ids = new List<int>();
        var sums = new List<double>();
        for (var i = 0; i < first.Count; i++)
        {
            var id = first.Ids[i];
            var inAll = true;
            for (var k = 1; k < lists.Count && inAll; k++)
            {
                while (at[k] < lists[k].Count && lists[k].Ids[at[k]] < id)
                {
                    at[k]++;
                }
                inAll = at[k] < lists[k].Count && lists[k].Ids[at[k]] == id;
            }
            if (!inAll || !Adjacent(lists, i, at))
            {
                continue;
            }
            var score = scores[0].Scores[i];
            for (var k = 1; k < lists.Count; k++)
            {
                score += scores[k].Scores[at[k]];
            }
            ids.Add(id);
            sums.Add(score);
        }
        return new ScoredSet([.. ids], [.. sums], ids.Count);
    }

    /// <summary>Whether some position p of the first term has term k at p + k, for every k.</summary>
    private static bool Adjacent(List<PostingList> lists, int firstIndex, int[] at)
    {
        foreach (var start in lists[0].PositionsOf(firstIndex))
        {
            var all = true;
            for (var k = 1; k < lists.Count && all; k++)
            {
                all = lists[k].PositionsOf(at[k]).BinarySearch(start + k) >= 0;
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    private ScoredSet And(AndNode node)
    {
        var required = node.Required.Select(Evaluate).OrderBy(s => s.Count).ToList();
        if (required.Count == 0)
        {
            return ScoredSet.Empty;
        }
        var result = required[0];
        foreach (var next in required.Skip(1))
        {
            result = Intersect(result, next);
        }
        foreach (var excluded in node.Excluded)
        {
            if (result.Count == 0)
            {
                break;
            }
            result = Subtract(result, Evaluate(excluded));
        }
        return result;
    }

    private static ScoredSet Intersect(ScoredSet a, ScoredSet b)
    {
        var ids = new int[Math.Min(a.Count, b.Count)];
        var scores = new double[ids.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a.Ids[i] < b.Ids[j])
            {
                i++;
            }
            else if (a.Ids[i] > b.Ids[j])
            {
                j++;
            }
            else
            {
                ids[n] = a.Ids[i];
                scores[n++] = a.Scores[i++] + b.Scores[j++];
            }
        }
        return new ScoredSet(ids, scores, n);
    }

    private static ScoredSet Subtract(ScoredSet a, ScoredSet b)
    {
        var ids = new int[a.Count];
        var scores = new double[a.Count];
        int i = 0, j = 0, n = 0;
        while (i < a.Count)
        {
            while (j < b.Count && b.Ids[j] < a.Ids[i])
            {
                j++;
            }
            if (j >= b.Count || b.Ids[j] != a.Ids[i])
            {
                ids[n] = a.Ids[i];
                scores[n++] = a.Scores[i];
            }
            i++;
        }
        return new ScoredSet(ids, scores, n);
    }

    /// <summary>
    /// The union of several sets, scores summed. Many or large sets (a prefix that expands to
    /// dozens of terms) are added up in one array over all item ids rather than merged pairwise.
    /// </summary>
    private ScoredSet Union(IReadOnlyList<ScoredSet> sets)
    {
        var nonEmpty = sets.Where(s => s.Count > 0).ToList();
        if (nonEmpty.Count <= 1)
        {
            return nonEmpty.Count == 1 ? nonEmpty[0] : ScoredSet.Empty;
        }
        var total = nonEmpty.Sum(s => (long)s.Count);
        var maxId = nonEmpty.Max(s => s.Ids[s.Count - 1]);
        if (nonEmpty.Count == 2 && total * 8 < maxId)
        {
            return Merge(nonEmpty[0], nonEmpty[1]);
        }
        var sums = ArrayPool<double>.Shared.Rent(maxId + 1);
        try
        {
            Array.Clear(sums, 0, maxId + 1);
            foreach (var set in nonEmpty)
            {
                for (var i = 0; i < set.Count; i++)
                {
                    sums[set.Ids[i]] += set.Scores[i];
                }
            }
            var count = 0;
            for (var id = 0; id <= maxId; id++)
            {
                if (sums[id] > 0)
                {
                    count++;
                }
            }
            var ids = new int[count];
            var scores = new double[count];
            var n = 0;
            for (var id = 0; id <= maxId; id++)
            {
                if (sums[id] > 0)
                {
                    ids[n] = id;
                    scores[n++] = sums[id];
                }
            }
            return new ScoredSet(ids, scores, n);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
        }
    }

    private static ScoredSet Merge(ScoredSet a, ScoredSet b)
    {
        var ids = new int[a.Count + b.Count];
        var scores = new double[ids.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a.Ids[i] < b.Ids[j]))
            {
                ids[n] = a.Ids[i];
                scores[n++] = a.Scores[i++];
            }
            else if (i >= a.Count || b.Ids[j] < a.Ids[i])
            {
                ids[n] = b.Ids[j];
                scores[n++] = b.Scores[j++];
            }
            else
            {
                ids[n] = a.Ids[i];
                scores[n++] = a.Scores[i++] + b.Scores[j++];
            }
        }
        return new ScoredSet(ids, scores, n);
    }

    /// <summary>One term's posting list, its segments read in item order; positions only when asked for.</summary>
    private PostingList Postings(string term, bool withPositions)
    {
        using var command = _index.CreateCommand();
        // Segments drive the join (CROSS JOIN fixes the order): one key lookup per segment.
        command.CommandText = $"""
            SELECT p.data{(withPositions ? ", p.positions" : string.Empty)}
            FROM segments s CROSS JOIN postings p ON p.segment = s.id WHERE p.term = $t ORDER BY s.first_item
            """;
        command.Parameters.AddWithValue("$t", term);
        using var reader = command.ExecuteReader();
        var segments = new List<byte[]>();
        var positions = new List<byte[]>();
        while (reader.Read())
        {
            segments.Add((byte[])reader.GetValue(0));
            if (withPositions)
            {
                positions.Add((byte[])reader.GetValue(1));
            }
        }
        return segments.Count == 0 ? PostingList.Empty : PostingBuffer.Concatenate(segments, withPositions ? positions : null);
    }

    /// <summary>The posting list of every term that starts with <paramref name="prefix"/>.</summary>
    private List<PostingList> PrefixPostings(string prefix)
    {
        if (prefix.Length == 0)
        {
            return [];
        }
        using var command = _index.CreateCommand();
        // Terms compare as UTF-8 bytes: every term with the prefix sorts between it and it followed by U+10FFFF.
        command.CommandText = """
            SELECT p.term, s.first_item, p.data FROM segments s CROSS JOIN postings p ON p.segment = s.id
            WHERE p.term >= $p AND p.term < $p || char(1114111)
            """;
        command.Parameters.AddWithValue("$p", prefix);
        using var reader = command.ExecuteReader();
        var byTerm = new Dictionary<string, List<(long First, byte[] Data)>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var term = reader.GetString(0);
            if (!byTerm.TryGetValue(term, out var segments))
            {
                segments = [];
                byTerm[term] = segments;
            }
            segments.Add((reader.GetInt64(1), (byte[])reader.GetValue(2)));
        }
        return byTerm.Values.Select(segments => PostingBuffer.Concatenate(segments.OrderBy(s => s.First).Select(s => s.Data).ToList())).ToList();
    }
}
