using System.Runtime.CompilerServices;
using Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Cases;

/// <summary>
/// What the case service asks of every item before it reads one, kept per index reader beside its
/// <see cref="ItemCatalog"/>: the items that can join a case (dated, not standing) in date order, so that a date
/// window or a named meeting date is a binary search rather than a pass over the archive, and the items of each case
/// number (the case field's postings, one dictionary lookup rather than one terms-dictionary lookup per segment).
/// Made on the first case view after a reader opens; a segment's case numbers are read once.
/// </summary>
internal sealed class CaseCatalog
{
    private static readonly ConditionalWeakTable<IndexReader, CaseCatalog> ByReader = [];
    private static readonly ConditionalWeakTable<object, List<(string Key, int[] Docs)>> CasesBySegment = [];

    private readonly Dictionary<string, List<int>> _byKey;

    private CaseCatalog(ItemCatalog items, int[] docs, int[] dates, Dictionary<string, List<int>> byKey, bool[] numbered, int[] wordStarts, int[] words)
    {
        _byKey = byKey;
        NumberedAt = docs.Select(d => numbered[d]).ToArray();
        ClusterAt = docs.Select(d => items.ClusterFacet.Codes[d]).ToArray();
        WordStarts = wordStarts;
        Words = words;
        Items = items;
        Docs = docs;
        Dates = dates;
        Numbered = numbered;
    }

    public ItemCatalog Items { get; }

    /// <summary>The dated, not standing items, by date (yyyymmdd) and then document number.</summary>
    public int[] Docs { get; }

    /// <summary>The date of each of <see cref="Docs"/>, ascending.</summary>
    public int[] Dates { get; }

    /// <summary>Whether a document number is an item that prints a case number (has a term in the case field).</summary>
    public bool[] Numbered { get; }

    /// <summary>
    /// The title words (<see cref="TitleTerms"/> ids) of the item at each position of <see cref="Docs"/>: from
    /// <c>WordStarts[i]</c> to <c>WordStarts[i + 1]</c>. Kept in date order, so that a date window's titles are read
    /// in one sweep of memory.
    /// </summary>
    public int[] WordStarts { get; }

    public int[] Words { get; }

    /// <summary><see cref="Numbered"/> of the item at each position of <see cref="Docs"/>.</summary>
    public bool[] NumberedAt { get; }

    /// <summary>The cluster code (<see cref="ItemCatalog.ClusterFacet"/>) of the item at each position of <see cref="Docs"/>.</summary>
    public int[] ClusterAt { get; }

    public static CaseCatalog For(IndexReader reader) => ByReader.GetValue(reader, Load);

    /// <summary>The documents that hold a case key (CaseNumberReader.Key) in the case field, by document number; deleted ones too.</summary>
    public IReadOnlyList<int> WithKey(string key) => _byKey.TryGetValue(key, out var docs) ? docs : [];

    /// <summary>The positions in <see cref="Docs"/> of the items dated from <paramref name="first"/> to <paramref name="last"/> (yyyymmdd, both included).</summary>
    public (int Start, int End) Between(int first, int last) => (Bound(first), Bound(last + 1));

    /// <summary>The items of the meetings held on a date (yyyymmdd), by document number.</summary>
    public IEnumerable<int> On(int date)
    {
        var (start, end) = Between(date, date);
        for (var i = start; i < end; i++)
        {
            yield return Docs[i];
        }
    }

    /// <summary>The first position whose date is at least <paramref name="date"/>.</summary>
    private int Bound(int date)
    {
        var (low, high) = (0, Dates.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = Dates[middle] < date ? (middle + 1, high) : (low, middle);
        }
        return low;
    }

    private static CaseCatalog Load(IndexReader reader)
    {
        var items = ItemCatalog.For(reader);
        var dated = new List<int>();
        for (var doc = 0; doc < items.IsItem.Length; doc++)
        {
            if (items.IsItem[doc] && !items.Routine[doc] && items.DateValue[doc] >= 0)
            {
                dated.Add(doc);
            }
        }
        var docs = dated.ToArray();
        var keys = docs.Select(d => ((long)items.DateValue[d] << 32) | (uint)d).ToArray();
        Array.Sort(keys, docs);
        var numbered = new bool[reader.MaxDoc];
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            foreach (var (key, local) in CasesBySegment.GetValue(leaf.AtomicReader.CoreCacheKey, _ => CasesIn(leaf.AtomicReader)))
            {
                if (!byKey.TryGetValue(key, out var global))
                {
                    byKey[key] = global = [];
                }
                foreach (var doc in local)
                {
                    global.Add(leaf.DocBase + doc);
                    numbered[leaf.DocBase + doc] = true;
                }
            }
        }
        var titles = TitleTerms.For(reader);
        var starts = new int[docs.Length + 1];
        for (var i = 0; i < docs.Length; i++)
        {
            starts[i + 1] = starts[i] + titles.Of(docs[i]).Length;
        }
        var words = new int[starts[^1]];
        for (var i = 0; i < docs.Length; i++)
        {
            titles.Of(docs[i]).CopyTo(words.AsSpan(starts[i]));
        }
        return new CaseCatalog(items, docs, docs.Select(d => items.DateValue[d]).ToArray(), byKey, numbered, starts, words);
    }

    private static List<(string Key, int[] Docs)> CasesIn(AtomicReader reader)
    {
        var cases = new List<(string, int[])>();
        if (reader.GetTerms(IndexSchema.Case) is not { } terms)
        {
            return cases;
        }
        var e = terms.GetEnumerator();
        DocsEnum? postings = null;
        var docs = new List<int>();
        while (e.MoveNext())
        {
            postings = e.Docs(null, postings, DocsFlags.NONE);
            docs.Clear();
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                docs.Add(doc);
            }
            cases.Add((e.Term.Utf8ToString(), [.. docs]));
        }
        return cases;
    }
}
