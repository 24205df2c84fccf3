using Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// Collects a query's matches in one pass, without keeping them: each match that is a live item and
/// passes the filters is counted (in total, per facet value, per year and cluster) and offered to a
/// bounded heap that keeps the k first in the requested order. What it reads of each match is one
/// packed word (<see cref="MatchColumns"/>). Lucene may hand it matches out of document order (a
/// disjunction is then scored in buckets, faster), since every order it keeps is total: by relevance (substantive before standing items, then score, then date, then document) or
/// by date (undated last, then meeting, then the item's place in it) or its exact reverse, newest first.
/// </summary>
internal sealed class MatchCollector : ICollector
{
    private readonly ItemCatalog _catalog;
    private readonly QueryFilters _filters;
    private readonly bool _scores;
    private readonly bool _substantiveOnly;
    private readonly SearchSort _sort;
    private readonly int _k;
    private readonly ulong[] _words;
    private readonly MatchColumns.Field _cluster;
    private readonly MatchColumns.Field _forum;
    private readonly MatchColumns.Field _year;
    private readonly MatchColumns.Field _outcome;
    private readonly bool[] _routine;
    private readonly int[] _dateValue;
    private readonly bool[]? _clusterAccepted;
    private readonly bool[]? _forumAccepted;
    private readonly bool[]? _outcomeAccepted;
    private readonly int? _yearFrom;
    private readonly int? _yearTo;
    private readonly int _clusters;

    /// <summary>The k first so far; its root is the worst of them.</summary>
    private readonly PriorityQueue<(int Doc, double Score), (int Doc, double Score)> _heap;
    private Scorer? _scorer;
    private int _docBase;

    public MatchCollector(ItemCatalog catalog, QueryFilters filters, bool scores, int k, SearchSort sort, bool substantiveOnly = false)
    {
        _catalog = catalog;
        _filters = filters;
        _scores = scores;
        _k = Math.Max(0, k);
        _sort = sort;
        _substantiveOnly = substantiveOnly;
        var columns = MatchColumns.For(catalog);
        (_words, _cluster, _forum, _year, _outcome) = (columns.Words, columns.Cluster, columns.Forum, columns.Year, columns.Outcome);
        _routine = catalog.Routine;
        _dateValue = catalog.DateValue;
        // A filter becomes the set of facet codes it accepts, decided once per value instead of once per match.
        if (filters.Cluster is { } cluster)
        {
            _clusterAccepted = Accepting(catalog.ClusterFacet, value => value == cluster);
        }
        if (filters.Forum is { } forum)
        {
            _forumAccepted = Accepting(catalog.ForumFacet, value => string.Equals(value, forum, StringComparison.OrdinalIgnoreCase));
        }
        if (filters.Outcome is { } outcome)
        {
            _outcomeAccepted = Accepting(catalog.OutcomeFacet, value => (value ?? "none") == outcome);
        }
        (_yearFrom, _yearTo) = (filters.YearFrom, filters.YearTo);
        _clusters = catalog.ClusterFacet.Values.Length;
        ClusterCounts = new int[_clusters];
        ForumCounts = new int[catalog.ForumFacet.Values.Length];
        YearCounts = new int[catalog.YearFacet.Values.Length];
        OutcomeCounts = new int[catalog.OutcomeFacet.Values.Length];
        YearClusterCounts = new int[YearCounts.Length * _clusters];
        _heap = new(Comparer<(int Doc, double Score)>.Create((a, b) => Before(a.Doc, a.Score, b.Doc, b.Score) ? 1 : Before(b.Doc, b.Score, a.Doc, a.Score) ? -1 : 0));
    }

    /// <summary>How many matches passed.</summary>
    public int Count { get; private set; }

    /// <summary>How many matches Lucene handed over, passed or not: what the matching cost.</summary>
    public long Seen { get; private set; }

    /// <summary>Matches per code of the catalog's facets.</summary>
    public int[] ClusterCounts { get; }

    public int[] ForumCounts { get; }

    public int[] YearCounts { get; }

    public int[] OutcomeCounts { get; }

    /// <summary>Matches per year code × cluster code (year code × cluster count + cluster code).</summary>
    public int[] YearClusterCounts { get; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        Seen++;
        var global = _docBase + doc;
        var word = _words[global];
        var (cluster, forum, year, outcome) = (_cluster.Of(word), _forum.Of(word), _year.Of(word), _outcome.Of(word));
        if ((word & MatchColumns.ItemBit) == 0
            || (_substantiveOnly && (word & MatchColumns.RoutineBit) != 0)
            || (_clusterAccepted is not null && !_clusterAccepted[cluster])
            || (_forumAccepted is not null && !_forumAccepted[forum])
            || (_outcomeAccepted is not null && !_outcomeAccepted[outcome])
            || (_yearFrom is not null && !(_dateValue[global] is var date && date >= 0 && date / 10000 >= _yearFrom && date / 10000 <= _yearTo)))
        {
            return;
        }
        Count++;
        ClusterCounts[cluster]++;
        ForumCounts[forum]++;
        YearCounts[year]++;
        OutcomeCounts[outcome]++;
        YearClusterCounts[(year * _clusters) + cluster]++;
        if (_k == 0)
        {
            return;
        }
        Offer(global, _scores ? Math.Round(_scorer!.GetScore(), 3) : 0);
    }

    /// <summary>An empty collector for the same query, filters and order, to collect other segments on another thread.</summary>
    public MatchCollector Fork() => new(_catalog, _filters, _scores, _k, _sort, _substantiveOnly);

    /// <summary>
    /// Adds what a fork collected (of other segments than this one's) to this one: the counts, and its k
    /// first offered to this heap. Since the order is total, the k first of both heaps together are the k
    /// first of all matches, whichever segments each collected and in whichever order.
    /// </summary>
    public void Merge(MatchCollector other)
    {
        Count += other.Count;
        Seen += other.Seen;
        Add(ClusterCounts, other.ClusterCounts);
        Add(ForumCounts, other.ForumCounts);
        Add(YearCounts, other.YearCounts);
        Add(OutcomeCounts, other.OutcomeCounts);
        Add(YearClusterCounts, other.YearClusterCounts);
        foreach (var (match, _) in other._heap.UnorderedItems)
        {
            Offer(match.Doc, match.Score);
        }
        other._heap.Clear();

        static void Add(int[] counts, int[] more)
        {
            for (var n = 0; n < counts.Length; n++)
            {
                counts[n] += more[n];
            }
        }
    }

    /// <summary>Keeps the match if it is among the k first so far.</summary>
    private void Offer(int doc, double score)
    {
        if (_heap.Count < _k)
        {
            _heap.Enqueue((doc, score), (doc, score));
        }
        else if (_heap.Peek() is var worst && Before(doc, score, worst.Doc, worst.Score))
        {
            _heap.EnqueueDequeue((doc, score), (doc, score));
        }
    }

    /// <summary>The k first matches in order, best first, with their scores.</summary>
    public (int Doc, double Score)[] Top()
    {
        var best = new (int, double)[_heap.Count];
        for (var n = best.Length - 1; n >= 0; n--)
        {
            best[n] = _heap.Dequeue();
        }
        return best;
    }

    /// <summary>Whether match a comes before match b in the requested order.</summary>
    private bool Before(int a, double scoreA, int b, double scoreB)
    {
        if (_sort != SearchSort.Relevance)
        {
            return _sort == SearchSort.Date ? ByDate(a, b) : NewestFirst(a, b);
        }
        if (_routine[a] != _routine[b])
        {
            return !_routine[a];
        }
        if (scoreA != scoreB)
        {
            return scoreA > scoreB;
        }
        return _dateValue[a] != _dateValue[b] ? _dateValue[a] < _dateValue[b] : a < b;
    }

    /// <summary>Whether match a comes before match b by date: undated last, then meeting, then the item's place in it, then document.</summary>
    private bool ByDate(int a, int b)
    {
        var byDate = Undated(_dateValue[a]).CompareTo(Undated(_dateValue[b]));
        if (byDate != 0)
        {
            return byDate < 0;
        }
        var byMeeting = string.CompareOrdinal(_catalog.MeetingId[a], _catalog.MeetingId[b]);
        if (byMeeting != 0)
        {
            return byMeeting < 0;
        }
        // Two items of a meeting never share a place; the document number keeps the order total even so.
        return _catalog.Ordinal[a] != _catalog.Ordinal[b] ? _catalog.Ordinal[a] < _catalog.Ordinal[b] : a < b;
    }

    /// <summary>Whether match a comes before match b newest first: the reverse of the date order, but undated items still last.</summary>
    private bool NewestFirst(int a, int b)
    {
        var (undatedA, undatedB) = (_dateValue[a] < 0, _dateValue[b] < 0);
        return undatedA != undatedB ? undatedB : ByDate(b, a);
    }

    private static int Undated(int date) => date < 0 ? int.MaxValue : date;

    private static bool[] Accepting(ItemCatalog.Facet facet, Func<string?, bool> accept) =>
        facet.Values.Select(value => accept(value == ItemCatalog.Facet.None ? null : value)).ToArray();
}
