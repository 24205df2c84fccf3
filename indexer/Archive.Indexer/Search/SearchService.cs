using System.Globalization;
using Archive.Analysis;
using Archive.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// Runs queries over the index: ranked hits with snippets and facets, a topic's trace in date
/// order, and every hit streamed for export. Lucene matches and scores (<see cref="LuceneQueryBuilder"/>,
/// BM25); filters, facets and sorting use the doc values of the <see cref="ItemCatalog"/>; stored
/// text is read only for the hits shown. Standing items rank below substantive ones.
/// </summary>
public sealed class SearchService
{
    private readonly ArchiveIndex _index;
    private readonly Highlighter _highlighter;
    private int _hitsRead;

    public SearchService(ArchiveIndex index, QueryWordAnalyzer? analyzer = null)
    {
        _index = index;
        analyzer ??= QueryWordAnalyzer.Default;
        _highlighter = new Highlighter(analyzer);
        Parser = new SearchQueryParser(analyzer);
    }

    public SearchQueryParser Parser { get; }

    /// <summary>Whether a query's segments may be collected on two threads; the answers are the same either way.</summary>
    public SegmentParallelism Parallelism { get; init; } = SegmentParallelism.Auto;

    public SearchResult Search(ParsedQuery query, int page = 1, int pageSize = 20, SearchSort sort = SearchSort.Relevance)
    {
        var skip = (long)(page - 1) * pageSize;
        var (matches, c) = Match(query, (int)Math.Min(int.MaxValue, skip + pageSize), sort);
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal)
        {
            ["cluster"] = Count(matches.ClusterCounts, c.ClusterFacet),
            ["forum"] = Count(matches.ForumCounts, c.ForumFacet),
            ["year"] = Count(matches.YearCounts, c.YearFacet),
            ["outcome"] = Count(matches.OutcomeCounts, c.OutcomeFacet),
        };
        var terms = query.HighlightTerms;
        var hits = matches.Top().Skip((int)Math.Min(int.MaxValue, skip)).Select(t => ToHit(c, t.Doc, t.Score, terms)).ToList();
        var result = new SearchResult(query.Original, matches.Count, page, pageSize, hits, facets);
        if (matches.Count < FewHits)
        {
            var (words, corrected) = SpellingSuggester.Suggest(_index.Searcher.IndexReader, query.Original);
            if (words.Count > 0)
            {
                result = result with { Suggestions = words, SuggestedQuery = corrected };
            }
        }
        return result;
    }

    /// <summary>Below this many hits a search also suggests words ("did you mean").</summary>
    public const int FewHits = 3;

    public const int DefaultRelatedLimit = 10;

    /// <summary>
    /// Items like the given one: Lucene's MoreLikeThis over its title and decision (the words that are
    /// frequent in it and rare in the index), best first, without the item itself and standing items.
    /// Null when the meeting or the item is not in the index.
    /// </summary>
    public IReadOnlyList<SearchHit>? Related(string documentId, string itemNumber, int limit = DefaultRelatedLimit)
    {
        var searcher = _index.Searcher;
        var catalog = ItemCatalog.For(searcher.IndexReader);
        var query = new BooleanQuery
        {
            { LuceneQueryBuilder.AllItems(), Occur.MUST },
            { new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Document, documentId)), Occur.MUST },
        };
        var self = searcher.Search(query, 1000).ScoreDocs.Select(h => h.Doc)
            .Select(doc => (Doc: doc, Stored: StoredDocuments.ReadItem(searcher.Doc(doc))))
            .FirstOrDefault(d => d.Stored.Item.Number == itemNumber);
        if (self.Stored is null)
        {
            return null;
        }
        var like = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = RelatedAnalyzer,
            FieldNames = [IndexSchema.Title, IndexSchema.Decision],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 3,
            MaxQueryTerms = 25,
        };
        // MoreLikeThis picks the words (frequent in the item, rare in the archive); each is then looked
        // for as a query word is, in every field and in compounds, so that "konfliktforebyggelse" also
        // finds the item about "konfliktforebyggelsesuddannelse".
        var words = like.RetrieveInterestingTerms(new StringReader(self.Stored.Item.Title + "\n\n" + self.Stored.Item.Decision), IndexSchema.Title);
        var similar = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            similar.Add(LuceneQueryBuilder.Build(new TermNode(word, Prefix: false)), Occur.SHOULD);
        }
        var hits = searcher.Search(similar, limit * 4 + 10).ScoreDocs
            .Where(h => h.Doc != self.Doc && catalog.IsItem[h.Doc] && !catalog.Routine[h.Doc])
            .Take(limit).ToList();
        return hits.Select(h => ToHit(catalog, h.Doc, Math.Round((double)h.Score, 3), terms: [])).ToList();
    }

    private static readonly DanishLuceneAnalyzer RelatedAnalyzer = new(AnalyzerOutput.Words);

    public const int DefaultTraceLimit = 500;

    /// <summary>From this many events a trace reads them on every core.</summary>
    private const int ParallelEvents = 64;

    public TraceResult Trace(ParsedQuery query, int limit = DefaultTraceLimit)
    {
        var (matches, c) = Match(query, limit, SearchSort.Date, substantiveOnly: true, scored: false);
        var terms = query.HighlightTerms;
        TraceEvent Event((int Doc, double Score) t)
        {
            var h = ToHit(c, t.Doc, t.Score, terms);
            return new TraceEvent(h.Date, h.DateInferred, h.Cluster, h.Forum, h.DocumentId, h.ItemNumber, h.ItemTitle, h.Decision, h.Outcome, h.Snippet) { CaseNumbers = h.CaseNumbers };
        }
        var top = matches.Top();
        // Reading and highlighting hundreds of events is most of a long trace's time: they are spread over the cores.
        var events = top.Length >= ParallelEvents ? top.AsParallel().AsOrdered().Select(Event).ToList() : top.Select(Event).ToList();
        // Counts per year (unknown without a date) and cluster (none outside one), both by name.
        var years = c.YearFacet.Values;
        var clusters = c.ClusterFacet.Values;
        var counts = Enumerable.Range(0, years.Length)
            .Select(y => (Year: years[y] == ItemCatalog.Facet.None ? "ukendt" : years[y], Code: y))
            .Where(y => matches.YearCounts[y.Code] > 0)
            .OrderBy(y => y.Year, StringComparer.Ordinal)
            .ToDictionary(y => y.Year, y => (IReadOnlyDictionary<string, int>)Enumerable.Range(0, clusters.Length)
                .Where(k => matches.YearClusterCounts[(y.Code * clusters.Length) + k] > 0)
                .OrderBy(k => clusters[k], StringComparer.Ordinal)
                .ToDictionary(k => clusters[k], k => matches.YearClusterCounts[(y.Code * clusters.Length) + k], StringComparer.Ordinal), StringComparer.Ordinal);
        return new TraceResult(query.Original, matches.Count, events, counts);
    }

    /// <summary>Every hit of the query, best first, loaded one at a time.</summary>
    public IEnumerable<SearchHit> AllHits(ParsedQuery query, SearchSort sort = SearchSort.Relevance)
    {
        var (matches, c) = Match(query, int.MaxValue, sort);
        var terms = query.HighlightTerms;
        foreach (var (doc, score) in matches.Top())
        {
            yield return ToHit(c, doc, score, terms);
        }
    }

    /// <summary>
    /// The <paramref name="count"/> newest hits of the query, newest first (<see cref="SearchSort.NewestFirst"/>,
    /// the reverse of the date order): only those are read and highlighted, however many match. Unscored.
    /// </summary>
    public IReadOnlyList<SearchHit> Newest(ParsedQuery query, int count)
    {
        var (matches, c) = Match(query, count, SearchSort.NewestFirst, scored: false);
        var terms = query.HighlightTerms;
        return matches.Top().Select(t => ToHit(c, t.Doc, t.Score, terms)).ToList();
    }

    /// <summary>How many hits this service has read from the index (stored text loaded and highlighted).</summary>
    public int HitsRead => _hitsRead;

    /// <summary>Facet counts over all matches, largest first, by the catalog's codes.</summary>
    private static Dictionary<string, int> Count(int[] counts, ItemCatalog.Facet facet) =>
        Enumerable.Range(0, counts.Length).Where(v => counts[v] > 0)
            .OrderByDescending(v => counts[v]).ThenBy(v => facet.Values[v], StringComparer.Ordinal)
            .ToDictionary(v => facet.Values[v], v => counts[v], StringComparer.Ordinal);

    /// <summary>
    /// Runs the query in one pass over its matches: counted, filtered, and the <paramref name="k"/> first
    /// kept in order (<see cref="MatchCollector"/>), a wide query on two threads (<see cref="SegmentMatcher"/>),
    /// with the catalog of the reader that matched them.
    /// With <paramref name="scored"/> false (a trace or a feed in date order needs no ranking), every match scores 0.
    /// </summary>
    private (MatchCollector Matches, ItemCatalog Catalog) Match(ParsedQuery query, int k, SearchSort sort, bool substantiveOnly = false, bool scored = true)
    {
        var searcher = _index.Searcher;
        var catalog = ItemCatalog.For(searcher.IndexReader);
        var (lucene, excluded) = query.Text is not null
            ? LuceneQueryBuilder.Split(query.Text, scored)
            : LuceneQueryBuilder.SplitAllItemsExcept(query.ExcludedOnly is null ? [] : [query.ExcludedOnly]);
        if (query.Filters.Case is { } caseKey)
        {
            // sag: narrows the matching itself: one term lookup, however large the index.
            lucene = new FilteredQuery(lucene, new QueryWrapperFilter(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Case, caseKey))));
        }
        var collector = new MatchCollector(catalog, query.Filters, scores: scored && query.Text is not null, k, sort, substantiveOnly);
        SegmentMatcher.Run(searcher, lucene, excluded, collector, Parallelism);
        return (collector, catalog);
    }

    private SearchHit ToHit(ItemCatalog c, int doc, double score, IReadOnlyList<TermNode> terms)
    {
        Interlocked.Increment(ref _hitsRead);
        var stored = _index.Searcher.Doc(doc);
        var indexed = StoredDocuments.ReadItem(stored);
        var item = indexed.Item;
        var (title, decision, body) = (item.Title, item.Decision, item.Body);
        var snippet = _highlighter.Snippet(string.Join("\n\n", new[] { decision, body }.Where(t => t.Length > 0)), terms);
        // The title's snippet replaces the text's when only the title matches, or when the text is empty.
        if ((terms.Count > 0 || snippet.Length == 0) && !snippet.Contains("<mark>", StringComparison.Ordinal))
        {
            var titleSnippet = _highlighter.Snippet(title, terms);
            snippet = titleSnippet.Contains("<mark>", StringComparison.Ordinal) || snippet.Length == 0 ? titleSnippet : snippet;
        }
        return new SearchHit(c.MeetingId[doc], stored.Get(IndexSchema.File, CultureInfo.InvariantCulture), item.Number, title, c.Cluster(doc), c.Forum(doc), c.Date(doc), c.DateInferred[doc],
            indexed.Outcome, decision, snippet, item.Page, indexed.Routine, score, item.History, stored.Get(IndexSchema.Organisation, CultureInfo.InvariantCulture), item.OcrConfidence)
        {
            CaseNumbers = item.CaseNumbers,
        };
    }
}
