using Archive.Analysis;
using Archive.Index;
using Microsoft.Data.Sqlite;

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

    private sealed record Row(long Id, string DocumentId, string Number, string Title, bool Routine, string? Cluster, string? Forum,
        string? Date, bool DateInferred, string Outcome, string File, int Page, double Score);

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
        ? rows.OrderBy(r => r.Date is null).ThenBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Id).ToList()
        : rows.OrderBy(r => r.Routine).ThenByDescending(r => r.Score).ThenBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();

    private static Dictionary<string, int> Count(List<Row> rows, Func<Row, string?> key) =>
        rows.GroupBy(r => key(r) ?? "ingen").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private List<Row> Matches(ParsedQuery query)
    {
        using var command = _index.CreateCommand();
        var conditions = new List<string>();
        string from;
        string rank;
        if (query.Text is not null)
        {
            from = "items_fts JOIN items i ON i.id = items_fts.rowid";
            rank = Rank;
            conditions.Add("items_fts MATCH $match");
            command.Parameters.AddWithValue("$match", FtsExpression.Of(query.Text));
        }
        else
        {
            from = "items i";
            rank = "0.0";
        }
        if (query.ExcludedOnly is not null)
        {
            conditions.Add("i.id NOT IN (SELECT rowid FROM items_fts WHERE items_fts MATCH $excluded)");
            command.Parameters.AddWithValue("$excluded", FtsExpression.Of(query.ExcludedOnly));
        }
        var f = query.Filters;
        if (f.Cluster is not null)
        {
            conditions.Add("d.cluster = $cluster");
            command.Parameters.AddWithValue("$cluster", f.Cluster);
        }
        if (f.YearFrom is not null)
        {
            conditions.Add("CAST(substr(d.date, 1, 4) AS INTEGER) BETWEEN $from AND $to");
            command.Parameters.AddWithValue("$from", f.YearFrom);
            command.Parameters.AddWithValue("$to", f.YearTo ?? f.YearFrom);
        }
        if (f.Outcome is not null)
        {
            conditions.Add("i.outcome = $outcome");
            command.Parameters.AddWithValue("$outcome", f.Outcome);
        }
        command.CommandText = $"""
            SELECT i.id, i.document_id, i.number, i.title, i.routine, d.cluster, d.forum, d.date, d.date_inferred, i.outcome, d.file, i.page, {rank}
            FROM {from} JOIN documents d ON d.id = i.document_id
            {(conditions.Count > 0 ? "WHERE " + string.Join(" AND ", conditions) : string.Empty)}
            """;
        var rows = new List<Row>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var forum = reader.IsDBNull(6) ? null : reader.GetString(6);
            if (f.Forum is not null && !string.Equals(forum, f.Forum, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4) != 0,
                reader.IsDBNull(5) ? null : reader.GetString(5), forum, reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetInt64(8) != 0,
                reader.GetString(9), reader.GetString(10), (int)reader.GetInt64(11), Math.Round(-reader.GetDouble(12), 3)));
        }
        return rows;
    }

    private SearchHit ToHit(Row row, ParsedQuery query)
    {
        using var command = _index.CreateCommand();
        command.CommandText = "SELECT decision, sections FROM item_texts WHERE id = $id";
        command.Parameters.AddWithValue("$id", row.Id);
        using var reader = command.ExecuteReader();
        reader.Read();
        var decision = reader.GetString(0);
        var body = StoredSection.Body(StoredSection.Deserialize(reader.GetString(1)));
        var terms = query.HighlightTerms;
        var snippet = _highlighter.Snippet(string.Join("\n\n", new[] { decision, body }.Where(t => t.Length > 0)), terms);
        if (!snippet.Contains("<mark>", StringComparison.Ordinal))
        {
            var titleSnippet = _highlighter.Snippet(row.Title, terms);
            snippet = titleSnippet.Contains("<mark>", StringComparison.Ordinal) || snippet.Length == 0 ? titleSnippet : snippet;
        }
        return new SearchHit(row.DocumentId, row.File, row.Number, row.Title, row.Cluster, row.Forum, row.Date, row.DateInferred,
            row.Outcome, decision, snippet, row.Page, row.Routine, row.Score);
    }

    /// <summary>True when the index can be read.</summary>
    public bool IsHealthy()
    {
        try
        {
            return _index.Scalar("SELECT count(*) FROM documents") is long;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
