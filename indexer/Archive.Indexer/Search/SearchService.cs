using Archive.Analysis;
using Archive.Index;

namespace Archive.Search;

/// <summary>
/// Runs queries over the index: ranked hits with snippets and facets, a topic's trace in date
/// order, and every hit streamed for export. Matching and ranking (<see cref="Retriever"/>) read
/// the posting lists; filters, facets and sorting use the in-memory <see cref="ItemCatalog"/>;
/// text is read only for the hits shown. Standing items rank below substantive ones.
/// </summary>
public sealed class SearchService
{
    private readonly ArchiveIndex _index;
    private readonly Highlighter _highlighter;

    public SearchService(ArchiveIndex index, DanishAnalyzer analyzer)
    {
        _index = index;
        _highlighter = new Highlighter(analyzer);
        Parser = new SearchQueryParser(analyzer);
    }

    public SearchQueryParser Parser { get; }

    /// <summary>One match: the item, its meeting in the catalog, and its score. Text is read only for the hits shown.</summary>
    private readonly record struct Row(int Id, double Score, ItemCatalog Catalog)
    {
        public int Meeting => Catalog.MeetingOf[Id];

        public bool Routine => Catalog.Routine[Id];

        public string Outcome => Catalog.Outcome[Id];

        public string? Cluster => Catalog.Cluster[Meeting];

        public string? Forum => Catalog.Forum[Meeting];

        public string? Date => Catalog.Date[Meeting];
    }

    /// <summary>The matches of a query after its filters, ids ascending.</summary>
    private sealed record Matches(int[] Ids, double[] Scores, int Count, ItemCatalog Catalog)
    {
        public Row this[int i] => new(Ids[i], Scores[i], Catalog);
    }

    public SearchResult Search(ParsedQuery query, int page = 1, int pageSize = 20, SearchSort sort = SearchSort.Relevance)
    {
        var matches = Match(query);
        var c = matches.Catalog;
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal)
        {
            ["cluster"] = Count(matches, c.ClusterFacet, byMeeting: true),
            ["forum"] = Count(matches, c.ForumFacet, byMeeting: true),
            ["year"] = Count(matches, c.YearFacet, byMeeting: true),
            ["outcome"] = Count(matches, c.OutcomeFacet, byMeeting: false),
        };
        var skip = (long)(page - 1) * pageSize;
        int[] top = skip >= matches.Count ? [] : Top(matches, (int)Math.Min(matches.Count, skip + pageSize), sort);
        var hits = top.Skip((int)skip).Select(i => ToHit(matches[i], query)).ToList();
        return new SearchResult(query.Original, matches.Count, page, pageSize, hits, facets);
    }

    public const int DefaultTraceLimit = 500;

    public TraceResult Trace(ParsedQuery query, int limit = DefaultTraceLimit)
    {
        var all = Match(query);
        var c = all.Catalog;
        var substantive = Enumerable.Range(0, all.Count).Where(i => !c.Routine[all.Ids[i]]).ToArray();
        var matches = new Matches(substantive.Select(i => all.Ids[i]).ToArray(), substantive.Select(i => all.Scores[i]).ToArray(), substantive.Length, c);
        var events = Top(matches, Math.Min(limit, matches.Count), SearchSort.Date).Select(i => ToHit(matches[i], query))
            .Select(h => new TraceEvent(h.Date, h.DateInferred, h.Cluster, h.Forum, h.DocumentId, h.ItemNumber, h.ItemTitle, h.Decision, h.Outcome, h.Snippet))
            .ToList();
        var counts = Enumerable.Range(0, matches.Count).Select(i => matches[i])
            .GroupBy(r => r.Date?[..4] ?? "ukendt")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.GroupBy(r => r.Cluster ?? "ingen")
                .ToDictionary(x => x.Key, x => x.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
        return new TraceResult(query.Original, matches.Count, events, counts);
    }

    /// <summary>Every hit of the query, best first, loaded one at a time.</summary>
    public IEnumerable<SearchHit> AllHits(ParsedQuery query, SearchSort sort = SearchSort.Relevance)
    {
        var matches = Match(query);
        foreach (var i in Top(matches, matches.Count, sort))
        {
            yield return ToHit(matches[i], query);
        }
    }

    /// <summary>
    /// The first <paramref name="k"/> matches in order: by relevance (substantive before standing
    /// items, then score, then date, then id) or by date (undated last). A bounded heap keeps the
    /// k best, so one page of a broad query costs one pass over its matches.
    /// </summary>
    private static int[] Top(Matches matches, int k, SearchSort sort)
    {
        var c = matches.Catalog;
        Comparison<int> compare = sort == SearchSort.Date
            ? (a, b) =>
            {
                var byDate = c.ChronologicalRank[c.MeetingOf[matches.Ids[a]]].CompareTo(c.ChronologicalRank[c.MeetingOf[matches.Ids[b]]]);
                return byDate != 0 ? byDate : matches.Ids[a].CompareTo(matches.Ids[b]);
            }
            : (a, b) =>
            {
                int ia = matches.Ids[a], ib = matches.Ids[b];
                var byRoutine = c.Routine[ia].CompareTo(c.Routine[ib]);
                if (byRoutine != 0)
                {
                    return byRoutine;
                }
                var byScore = matches.Scores[b].CompareTo(matches.Scores[a]);
                if (byScore != 0)
                {
                    return byScore;
                }
                var byDate = c.DateValue[c.MeetingOf[ia]].CompareTo(c.DateValue[c.MeetingOf[ib]]);
                return byDate != 0 ? byDate : ia.CompareTo(ib);
            };
        if (k <= 0)
        {
            return [];
        }
        if (k * 4 >= matches.Count)
        {
            var all = Enumerable.Range(0, matches.Count).ToArray();
            Array.Sort(all, compare);
            return all[..k];
        }
        // The heap's root is the worst of the k best so far.
        var worstFirst = Comparer<int>.Create((a, b) => compare(b, a));
        var heap = new PriorityQueue<int, int>(k, worstFirst);
        for (var i = 0; i < matches.Count; i++)
        {
            if (heap.Count < k)
            {
                heap.Enqueue(i, i);
            }
            else if (compare(i, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(i, i);
            }
        }
        var best = new int[heap.Count];
        for (var n = best.Length - 1; n >= 0; n--)
        {
            best[n] = heap.Dequeue();
        }
        return best;
    }

    /// <summary>Facet counts over all matches, largest first, by the catalog's codes.</summary>
    private static Dictionary<string, int> Count(Matches matches, ItemCatalog.Facet facet, bool byMeeting)
    {
        var counts = new int[facet.Values.Length];
        var meetingOf = matches.Catalog.MeetingOf;
        for (var i = 0; i < matches.Count; i++)
        {
            var id = matches.Ids[i];
            counts[facet.Codes[byMeeting ? meetingOf[id] : id]]++;
        }
        return Enumerable.Range(0, counts.Length).Where(v => counts[v] > 0)
            .OrderByDescending(v => counts[v]).ThenBy(v => facet.Values[v], StringComparer.Ordinal)
            .ToDictionary(v => facet.Values[v], v => counts[v], StringComparer.Ordinal);
    }

    private Matches Match(ParsedQuery query)
    {
        var catalog = ItemCatalog.For(_index);
        var retriever = new Retriever(_index, catalog);
        ScoredSet candidates;
        if (query.Text is not null)
        {
            candidates = retriever.Evaluate(query.Text);
        }
        else
        {
            var all = Enumerable.Range(0, catalog.MeetingOf.Length).Where(id => catalog.MeetingOf[id] >= 0).ToArray();
            candidates = new ScoredSet(all, new double[all.Length], all.Length);
        }
        var excluded = query.ExcludedOnly is null ? ScoredSet.Empty : retriever.Evaluate(query.ExcludedOnly);
        var f = query.Filters;
        var ids = new int[candidates.Count];
        var scores = new double[candidates.Count];
        var n = 0;
        var x = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var id = candidates.Ids[i];
            while (x < excluded.Count && excluded.Ids[x] < id)
            {
                x++;
            }
            if (!catalog.Contains(id) || (x < excluded.Count && excluded.Ids[x] == id))
            {
                continue;
            }
            var row = new Row(id, 0, catalog);
            if ((f.Cluster is null || row.Cluster == f.Cluster)
                && (f.Forum is null || string.Equals(row.Forum, f.Forum, StringComparison.OrdinalIgnoreCase))
                && (f.Outcome is null || row.Outcome == f.Outcome)
                && (f.YearFrom is null || (catalog.DateValue[row.Meeting] is var date && date >= 0 && date / 10000 >= f.YearFrom && date / 10000 <= f.YearTo)))
            {
                ids[n] = id;
                scores[n++] = Math.Round(candidates.Scores[i], 3);
            }
        }
        return new Matches(ids, scores, n, catalog);
    }

    private SearchHit ToHit(Row row, ParsedQuery query)
    {
        using var command = _index.CreateCommand();
        command.CommandText = "SELECT i.number, i.title, i.page, t.decision, t.sections, i.ocr_confidence FROM items i JOIN item_texts t ON t.id = i.id WHERE i.id = $id";
        command.Parameters.AddWithValue("$id", row.Id);
        using var reader = command.ExecuteReader();
        reader.Read();
        var (number, title, page) = (reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2));
        var decision = reader.GetString(3);
        var stored = StoredSection.Deserialize(reader.GetString(4));
        var body = StoredSection.Body(stored);
        var terms = query.HighlightTerms;
        var snippet = _highlighter.Snippet(string.Join("\n\n", new[] { decision, body }.Where(t => t.Length > 0)), terms);
        if (!snippet.Contains("<mark>", StringComparison.Ordinal))
        {
            var titleSnippet = _highlighter.Snippet(title, terms);
            snippet = titleSnippet.Contains("<mark>", StringComparison.Ordinal) || snippet.Length == 0 ? titleSnippet : snippet;
        }
        var c = row.Catalog;
        return new SearchHit(c.MeetingId[row.Meeting], c.File[row.Meeting], number, title, row.Cluster, row.Forum, row.Date, c.DateInferred[row.Meeting],
            row.Outcome, decision, snippet, page, row.Routine, row.Score, StoredSection.History(stored), c.Organisation[row.Meeting],
            reader.IsDBNull(5) ? null : reader.GetDouble(5));
    }
}
