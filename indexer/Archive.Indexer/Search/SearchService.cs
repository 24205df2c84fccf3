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

    public SearchService(ArchiveIndex index, QueryWordAnalyzer? analyzer = null)
    {
        _index = index;
        analyzer ??= QueryWordAnalyzer.Default;
        _highlighter = new Highlighter(analyzer);
        Parser = new SearchQueryParser(analyzer);
    }

    public SearchQueryParser Parser { get; }

    /// <summary>The matches of a query after its filters, document numbers ascending.</summary>
    private sealed record Matches(int[] Docs, double[] Scores, int Count, ItemCatalog Catalog);

    public SearchResult Search(ParsedQuery query, int page = 1, int pageSize = 20, SearchSort sort = SearchSort.Relevance)
    {
        var matches = Match(query);
        var c = matches.Catalog;
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal)
        {
            ["cluster"] = Count(matches, c.ClusterFacet),
            ["forum"] = Count(matches, c.ForumFacet),
            ["year"] = Count(matches, c.YearFacet),
            ["outcome"] = Count(matches, c.OutcomeFacet),
        };
        var skip = (long)(page - 1) * pageSize;
        int[] top = skip >= matches.Count ? [] : Top(matches, (int)Math.Min(matches.Count, skip + pageSize), sort);
        var terms = query.HighlightTerms;
        var hits = top.Skip((int)skip).Select(i => ToHit(matches, i, terms)).ToList();
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
        var matches = new Matches(hits.Select(h => h.Doc).ToArray(), hits.Select(h => Math.Round((double)h.Score, 3)).ToArray(), hits.Count, catalog);
        return Enumerable.Range(0, matches.Count).Select(i => ToHit(matches, i, terms: [])).ToList();
    }

    private static readonly DanishLuceneAnalyzer RelatedAnalyzer = new(AnalyzerOutput.Words);

    public const int DefaultTraceLimit = 500;

    public TraceResult Trace(ParsedQuery query, int limit = DefaultTraceLimit)
    {
        var all = Match(query);
        var c = all.Catalog;
        var substantive = Enumerable.Range(0, all.Count).Where(i => !c.Routine[all.Docs[i]]).ToArray();
        var matches = new Matches(substantive.Select(i => all.Docs[i]).ToArray(), substantive.Select(i => all.Scores[i]).ToArray(), substantive.Length, c);
        var terms = query.HighlightTerms;
        var events = Top(matches, Math.Min(limit, matches.Count), SearchSort.Date).Select(i => ToHit(matches, i, terms))
            .Select(h => new TraceEvent(h.Date, h.DateInferred, h.Cluster, h.Forum, h.DocumentId, h.ItemNumber, h.ItemTitle, h.Decision, h.Outcome, h.Snippet) { CaseNumbers = h.CaseNumbers })
            .ToList();
        var counts = matches.Docs.Take(matches.Count)
            .GroupBy(doc => c.Date(doc)?[..4] ?? "ukendt")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.GroupBy(doc => c.Cluster(doc) ?? "ingen")
                .ToDictionary(x => x.Key, x => x.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
        return new TraceResult(query.Original, matches.Count, events, counts);
    }

    /// <summary>Every hit of the query, best first, loaded one at a time.</summary>
    public IEnumerable<SearchHit> AllHits(ParsedQuery query, SearchSort sort = SearchSort.Relevance)
    {
        var matches = Match(query);
        var terms = query.HighlightTerms;
        foreach (var i in Top(matches, matches.Count, sort))
        {
            yield return ToHit(matches, i, terms);
        }
    }

    /// <summary>
    /// The first <paramref name="k"/> matches in order: by relevance (substantive before standing
    /// items, then score, then date, then index order) or by date (undated last, then meeting, then
    /// the item's place in it). A bounded heap keeps the k best, so one page of a broad query costs
    /// one pass over its matches.
    /// </summary>
    private static int[] Top(Matches matches, int k, SearchSort sort)
    {
        var c = matches.Catalog;
        var docs = matches.Docs;
        Comparison<int> compare = sort == SearchSort.Date
            ? (a, b) =>
            {
                int da = docs[a], db = docs[b];
                var byDate = Undated(c.DateValue[da]).CompareTo(Undated(c.DateValue[db]));
                if (byDate != 0)
                {
                    return byDate;
                }
                var byMeeting = string.CompareOrdinal(c.MeetingId[da], c.MeetingId[db]);
                return byMeeting != 0 ? byMeeting : c.Ordinal[da].CompareTo(c.Ordinal[db]);
            }
            : (a, b) =>
            {
                int da = docs[a], db = docs[b];
                var byRoutine = c.Routine[da].CompareTo(c.Routine[db]);
                if (byRoutine != 0)
                {
                    return byRoutine;
                }
                var byScore = matches.Scores[b].CompareTo(matches.Scores[a]);
                if (byScore != 0)
                {
                    return byScore;
                }
                var byDate = c.DateValue[da].CompareTo(c.DateValue[db]);
                return byDate != 0 ? byDate : da.CompareTo(db);
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

    private static int Undated(int date) => date < 0 ? int.MaxValue : date;

    /// <summary>Facet counts over all matches, largest first, by the catalog's codes.</summary>
    private static Dictionary<string, int> Count(Matches matches, ItemCatalog.Facet facet)
    {
        var counts = new int[facet.Values.Length];
        for (var i = 0; i < matches.Count; i++)
        {
            counts[facet.Codes[matches.Docs[i]]]++;
        }
        return Enumerable.Range(0, counts.Length).Where(v => counts[v] > 0)
            .OrderByDescending(v => counts[v]).ThenBy(v => facet.Values[v], StringComparer.Ordinal)
            .ToDictionary(v => facet.Values[v], v => counts[v], StringComparer.Ordinal);
    }

    private Matches Match(ParsedQuery query)
    {
        var searcher = _index.Searcher;
        var catalog = ItemCatalog.For(searcher.IndexReader);
        Query lucene;
        if (query.Text is not null)
        {
            lucene = LuceneQueryBuilder.Build(query.Text);
        }
        else
        {
            var all = new BooleanQuery(disableCoord: true) { { LuceneQueryBuilder.AllItems(), Occur.MUST } };
            if (query.ExcludedOnly is not null)
            {
                all.Add(LuceneQueryBuilder.Build(query.ExcludedOnly), Occur.MUST_NOT);
            }
            lucene = all;
        }
        if (query.Filters.Case is { } caseKey)
        {
            // sag: narrows the matching itself: one term lookup, however large the index.
            lucene = new FilteredQuery(lucene, new QueryWrapperFilter(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Case, caseKey))));
        }
        var collector = new HitCollector(scores: query.Text is not null);
        searcher.Search(lucene, collector);
        var f = query.Filters;
        var docs = new int[collector.Count];
        var scores = new double[collector.Count];
        var n = 0;
        for (var i = 0; i < collector.Count; i++)
        {
            var doc = collector.Docs[i];
            if (catalog.IsItem[doc]
                && (f.Cluster is null || catalog.Cluster(doc) == f.Cluster)
                && (f.Forum is null || string.Equals(catalog.Forum(doc), f.Forum, StringComparison.OrdinalIgnoreCase))
                && (f.Outcome is null || catalog.Outcome(doc) == f.Outcome)
                && (f.YearFrom is null || (catalog.DateValue[doc] is var date && date >= 0 && date / 10000 >= f.YearFrom && date / 10000 <= f.YearTo)))
            {
                docs[n] = doc;
                scores[n++] = collector.Scores[i];
            }
        }
        return new Matches(docs, scores, n, catalog);
    }

    private SearchHit ToHit(Matches matches, int i, IReadOnlyList<TermNode> terms)
    {
        var doc = matches.Docs[i];
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
        var c = matches.Catalog;
        return new SearchHit(c.MeetingId[doc], stored.Get(IndexSchema.File, CultureInfo.InvariantCulture), item.Number, title, c.Cluster(doc), c.Forum(doc), c.Date(doc), c.DateInferred[doc],
            indexed.Outcome, decision, snippet, item.Page, indexed.Routine, matches.Scores[i], item.History, stored.Get(IndexSchema.Organisation, CultureInfo.InvariantCulture), item.OcrConfidence)
        {
            CaseNumbers = item.CaseNumbers,
        };
    }
}
