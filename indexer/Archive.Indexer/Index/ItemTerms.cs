namespace Archive.Index;

/// <summary>
/// An item's index terms, as the posting lists store them: each distinct term with its count per
/// column (title, decision, body, compound parts) and its positions in the item's running text,
/// and the item's length in terms (for BM25).
/// </summary>
public sealed record ItemTerms(IReadOnlyList<TermOccurrences> Terms, int Length)
{
    /// <summary>
    /// Positions run through title, decision and body with a gap between the columns, so that a
    /// phrase never spans two of them. Compound parts have counts but no positions.
    /// </summary>
    public static ItemTerms Of(IReadOnlyList<string> title, IReadOnlyList<string> decision, IReadOnlyList<string> body, IReadOnlyList<string> parts)
    {
        var byTerm = new Dictionary<string, (byte[] Counts, List<int> Positions)>(StringComparer.Ordinal);
        (byte[] Counts, List<int> Positions) Entry(string term)
        {
            if (!byTerm.TryGetValue(term, out var entry))
            {
                entry = (new byte[PostingList.Columns], []);
                byTerm[term] = entry;
            }
            return entry;
        }
        var position = 0;
        var column = 0;
        foreach (var terms in new[] { title, decision, body })
        {
            foreach (var term in terms)
            {
                var (counts, positions) = Entry(term);
                counts[column] = (byte)Math.Min(byte.MaxValue, counts[column] + 1);
                positions.Add(position++);
            }
            position++;
            column++;
        }
        foreach (var term in parts)
        {
            var counts = Entry(term).Counts;
            counts[column] = (byte)Math.Min(byte.MaxValue, counts[column] + 1);
        }
        var occurrences = new TermOccurrences[byTerm.Count];
        var i = 0;
        foreach (var (term, (counts, positions)) in byTerm)
        {
            occurrences[i++] = new TermOccurrences(term, counts, [.. positions]);
        }
        return new ItemTerms(occurrences, title.Count + decision.Count + body.Count + parts.Count);
    }
}

/// <summary>One term of an item: how often it occurs in each column, and where in the running text.</summary>
public sealed record TermOccurrences(string Term, byte[] Counts, int[] Positions);
