using System.Numerics;
using Archive.Index;

namespace Archive.Cases;

/// <summary>
/// The items whose titles look like the titles of a case's items, within <see cref="CaseLinker.MaxDaysApart"/> of their
/// dates: per title, the items that hold at least half of its interesting words (<see cref="TitleTerms.Interesting"/>,
/// the words MoreLikeThis would search for). One sweep over the window's items in date order reads their title words
/// from memory; only an item that shares a word is checked further.
/// </summary>
internal static class LookalikeFinder
{
    /// <summary>
    /// Per title, the <paramref name="perTitle"/> best lookalikes that pass <paramref name="plausible"/> (asked of a position in
    /// <see cref="CaseCatalog.Docs"/>): those sharing
    /// the rarest words first (the sum of their idf), then the nearest in date, then the lowest document number.
    /// MoreLikeThis would rank by BM25, which also weighs the titles' lengths; this ranking is ours.
    /// </summary>
    public static List<int> Find(CaseCatalog cases, TitleTerms titles, IEnumerable<string> memberTitles, IReadOnlyList<DateOnly> dates, Func<int, bool> plausible, int perTitle)
    {
        var queries = memberTitles.Select(titles.Interesting).Where(q => q.Count > 0).ToList();
        if (queries.Count == 0 || dates.Count == 0)
        {
            return [];
        }
        // For each word of the queries: which queries hold it (a bit per query, at most 32 queries) and its idf.
        var masks = new int[TitleTerms.WordCount];
        var idf = new float[masks.Length];
        for (var q = 0; q < Math.Min(queries.Count, 32); q++)
        {
            foreach (var (_, id, wordIdf) in queries[q])
            {
                masks[id] |= 1 << q;
                idf[id] = wordIdf;
            }
        }
        var needed = queries.Select(q => (q.Count + 1) / 2).ToArray();
        var best = queries.Select(_ => new List<(int Doc, float Score, int Days)>(perTitle + 1)).ToArray();
        var (shared, score) = (new int[queries.Count], new float[queries.Count]);
        var days = dates.Select(d => d.DayNumber).ToArray();
        var (date, distance) = (-1, 0);
        foreach (var (start, end) in Windows(dates, cases))
        {
            for (var i = start; i < end; i++)
            {
                var any = 0;
                foreach (var id in cases.Words.AsSpan(cases.WordStarts[i], cases.WordStarts[i + 1] - cases.WordStarts[i]))
                {
                    var mask = id < masks.Length ? masks[id] : 0;
                    any |= mask;
                    for (var bits = mask; bits != 0; bits &= bits - 1)
                    {
                        var q = BitOperations.TrailingZeroCount(bits);
                        shared[q]++;
                        score[q] += idf[id];
                    }
                }
                var matched = 0;
                for (var bits = any; bits != 0; bits &= bits - 1)
                {
                    var q = BitOperations.TrailingZeroCount(bits);
                    matched |= shared[q] >= needed[q] ? 1 << q : 0;
                }
                if (matched != 0 && plausible(i))
                {
                    if (cases.Dates[i] != date)
                    {
                        date = cases.Dates[i];
                        var day = IndexSchema.UnpackDate(date)!.Value.DayNumber;
                        distance = days.Min(d => Math.Abs(d - day));
                    }
                    for (var bits = matched; bits != 0; bits &= bits - 1)
                    {
                        var q = BitOperations.TrailingZeroCount(bits);
                        Keep(best[q], (cases.Docs[i], score[q], distance), perTitle);
                    }
                }
                for (var bits = any; bits != 0; bits &= bits - 1)
                {
                    var q = BitOperations.TrailingZeroCount(bits);
                    (shared[q], score[q]) = (0, 0);
                }
            }
        }
        return best.SelectMany(b => b.Select(c => c.Doc)).ToList();
    }

    /// <summary>Inserts a lookalike into a title's best ones (kept in rank order) when it ranks among the first <paramref name="size"/>.</summary>
    private static void Keep(List<(int Doc, float Score, int Days)> best, (int Doc, float Score, int Days) candidate, int size)
    {
        static bool Before((int Doc, float Score, int Days) a, (int Doc, float Score, int Days) b) =>
            a.Score > b.Score || (a.Score == b.Score && (a.Days < b.Days || (a.Days == b.Days && a.Doc < b.Doc)));
        if (best.Count == size && !Before(candidate, best[^1]))
        {
            return;
        }
        var at = best.Count;
        while (at > 0 && Before(candidate, best[at - 1]))
        {
            at--;
        }
        best.Insert(at, candidate);
        if (best.Count > size)
        {
            best.RemoveAt(size);
        }
    }

    /// <summary>The stretches of the items by date that lie within <see cref="CaseLinker.MaxDaysApart"/> of one of the dates, each item once.</summary>
    private static IEnumerable<(int Start, int End)> Windows(IEnumerable<DateOnly> dates, CaseCatalog cases)
    {
        var ranges = dates.Select(d => cases.Between(IndexSchema.PackDate(d.AddDays(-CaseLinker.MaxDaysApart)), IndexSchema.PackDate(d.AddDays(CaseLinker.MaxDaysApart))))
            .OrderBy(r => r.Start).ToList();
        var (start, end) = ranges[0];
        foreach (var (s, e) in ranges.Skip(1))
        {
            if (s > end)
            {
                yield return (start, end);
                start = s;
            }
            end = Math.Max(end, e);
        }
        yield return (start, end);
    }
}
