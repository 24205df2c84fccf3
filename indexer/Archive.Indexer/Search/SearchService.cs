using Archive.Analysis;
using Archive.Index;
using System.Globalization;

namespace Archive.Search;

/// <summary>
/// Runs queries over the index: ranked hits with snippets and facets, a topic's trace in date
/// order, and every hit streamed for export. Ranking is FTS5's BM25 with column weights
/// (title 10, decision 4, rest 1, compound parts 0.3), so a whole-word match ranks above a part
/// match; standing items rank below substantive ones.
/// </summary>
public sealed class SearchService
{
    private const string Rank = "bm25(items_fts, 10.0, 4.0, 1.0, 0.3)";

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
    private sealed record Row(long Id, int Meeting, bool Routine, string Outcome, double Score, ItemCatalog Catalog)
    {
        public string? Cluster => Catalog.Cluster[Meeting];

        public string? Forum => Catalog.Forum[Meeting];

        public string? Date => Catalog.Date[Meeting];
    }

    public SearchResult Search(ParsedQuery query, int page = 1, int pageSize = 20, SearchSort sort = SearchSort.Relevance)
    {
        var rows = Sorted(Matches(query), sort);
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal)
        {
            ["cluster"] = Count(rows, r => r.Cluster),
            ["forum"] = Count(rows, r => r.Forum),
            ["year"] = Count(rows, r => r.Date?[..4]),
            ["outcome"] = Count(rows, r => r.Outcome),
        };
        var hits = rows.Skip((page - 1) * pageSize).Take(pageSize).Select(r => ToHit(r, query)).ToList();
        return new SearchResult(query.Original, rows.Count, page, pageSize, hits, facets);
    }

    public const int DefaultTraceLimit = 500;

    public TraceResult Trace(ParsedQuery query, int limit = DefaultTraceLimit)
    {
        var rows = Sorted(Matches(query).Where(r => !r.Routine).ToList(), SearchSort.Date);
        var events = rows.Take(limit).Select(r => ToHit(r, query))
            .Select(h => new TraceEvent(h.Date, h.DateInferred, h.Cluster, h.Forum, h.DocumentId, h.ItemNumber, h.ItemTitle, h.Decision, h.Outcome, h.Snippet))
            .ToList();
        var counts = rows.GroupBy(r => r.Date?[..4] ?? "ukendt")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.GroupBy(r => r.Cluster ?? "ingen")
                .ToDictionary(c => c.Key, c => c.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
        return new TraceResult(query.Original, rows.Count, events, counts);
    }

    /// <summary>Every hit of the query, best first, loaded one at a time.</summary>
    public IEnumerable<SearchHit> AllHits(ParsedQuery query, SearchSort sort = SearchSort.Relevance)
    {
        foreach (var row in Sorted(Matches(query), sort))
        {
            yield return ToHit(row, query);
        }
    }

    private static List<Row> Sorted(List<Row> rows, SearchSort sort) => sort == SearchSort.Date
        ? rows.OrderBy(r => r.Date is null).ThenBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.Catalog.MeetingId[r.Meeting], StringComparer.Ordinal).ThenBy(r => r.Id).ToList()
        : rows.OrderBy(r => r.Routine).ThenByDescending(r => r.Score).ThenBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();

    private static Dictionary<string, int> Count(List<Row> rows, Func<Row, string?> key) =>
        rows.GroupBy(r => key(r) ?? "ingen").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private List<Row> Matches(ParsedQuery query)
    {
        var catalog = ItemCatalog.For(_index);
        IEnumerable<(long Id, double Score)> candidates = query.Text is not null
            ? FullText(query.Text, withScore: true)
            : catalog.ItemIds.Select(id => (id, 0.0));
        if (query.ExcludedOnly is not null)
        {
            var excluded = FullText(query.ExcludedOnly, withScore: false).Select(m => m.Id).ToHashSet();
            candidates = candidates.Where(c => !excluded.Contains(c.Id));
        }
        var f = query.Filters;
        var rows = new List<Row>();
        foreach (var (id, score) in candidates)
        {
            if (!catalog.Contains(id))
            {
                continue;
            }
            var meeting = catalog.MeetingOf[id];
            var row = new Row(id, meeting, catalog.Routine[id], catalog.Outcome[id], score, catalog);
            if ((f.Cluster is null || row.Cluster == f.Cluster)
                && (f.Forum is null || string.Equals(row.Forum, f.Forum, StringComparison.OrdinalIgnoreCase))
                && (f.Outcome is null || row.Outcome == f.Outcome)
                && (f.YearFrom is null || (row.Date is { } date && int.Parse(date[..4], CultureInfo.InvariantCulture) is var year && year >= f.YearFrom && year <= f.YearTo)))
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>The items matching a full-text expression, with their BM25 score (higher is better).</summary>
    private List<(long Id, double Score)> FullText(QueryNode node, bool withScore)
    {
        using var command = _index.CreateCommand();
        command.CommandText = $"SELECT rowid{(withScore ? ", " + Rank : string.Empty)} FROM items_fts WHERE items_fts MATCH $match";
        command.Parameters.AddWithValue("$match", FtsExpression.Of(node));
        using var reader = command.ExecuteReader();
        var matches = new List<(long Id, double Score)>();
        while (reader.Read())
        {
            matches.Add((reader.GetInt64(0), withScore ? Math.Round(-reader.GetDouble(1), 3) : 0));
        }
        return matches;
    }

    private SearchHit ToHit(Row row, ParsedQuery query)
    {
        using var command = _index.CreateCommand();
        command.CommandText = "SELECT i.number, i.title, i.page, t.decision, t.sections FROM items i JOIN item_texts t ON t.id = i.id WHERE i.id = $id";
        command.Parameters.AddWithValue("$id", row.Id);
        using var reader = command.ExecuteReader();
        reader.Read();
        var (number, title, page) = (reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2));
        var decision = reader.GetString(3);
        var body = StoredSection.Body(StoredSection.Deserialize(reader.GetString(4)));
        var terms = query.HighlightTerms;
        var snippet = _highlighter.Snippet(string.Join("\n\n", new[] { decision, body }.Where(t => t.Length > 0)), terms);
        if (!snippet.Contains("<mark>", StringComparison.Ordinal))
        {
            var titleSnippet = _highlighter.Snippet(title, terms);
            snippet = titleSnippet.Contains("<mark>", StringComparison.Ordinal) || snippet.Length == 0 ? titleSnippet : snippet;
        }
        var c = row.Catalog;
        return new SearchHit(c.MeetingId[row.Meeting], c.File[row.Meeting], number, title, row.Cluster, row.Forum, row.Date, c.DateInferred[row.Meeting],
            row.Outcome, decision, snippet, page, row.Routine, row.Score);
    }
}
