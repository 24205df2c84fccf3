using Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// Turns a parsed query into a Lucene query. A term or a prefix is looked for in the title (boost 10),
/// the decision (4), the rest of the item (1) and the parts of compounds and joined words (0.3), so
/// that a whole-word match ranks above a part match; BM25 scores each field and the fields add up.
/// A phrase matches within one of the three text fields. A prefix scores its field's boost for each
/// field it matches in (constant score: exact however many words it expands to). A query of one
/// required part and exclusions puts that part as the only optional clause: it matches and scores
/// the same, and Lucene can then score it in buckets, out of document order, which is faster for a
/// broad query.
/// </summary>
public static class LuceneQueryBuilder
{
    private static readonly (string Field, float Boost)[] Fields =
        [(IndexSchema.Title, 10f), (IndexSchema.Decision, 4f), (IndexSchema.Body, 1f), (IndexSchema.Parts, 0.3f)];

    public static Query Build(QueryNode node) => Build(node, scored: true);

    /// <summary>
    /// The query; unscored, it matches the same items with one constant score, for what needs no ranking
    /// (exclusions, a trace in date order): a word is then looked up as a set of terms, one per field,
    /// without reading its frequencies or computing BM25 for every match.
    /// </summary>
    public static Query Build(QueryNode node, bool scored) => node switch
    {
        TermNode { Prefix: false } t when !scored => new ConstantScoreQuery(new TermsFilter(Fields.Select(f => new Term(f.Field, t.Term)).ToList())),
        TermNode { Prefix: false } t => AnyField(field => new TermQuery(new Term(field, t.Term)), withParts: true),
        TermNode t => AnyField(field => new PrefixQuery(new Term(field, t.Term)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE }, withParts: true),
        PhraseNode p => AnyField(field => Phrase(field, p.Terms), withParts: false),
        AndNode a => And(a, scored),
        OrNode o => Or(o.Children.Select(child => Build(child, scored))),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>
    /// The query split in what must match and what is excluded at its top (`psykiatri -børn`: `psykiatri`,
    /// and `børn` unscored), for a search that removes the excluded documents before it matches
    /// (<see cref="SegmentMatcher"/>): the same items with the same scores as <see cref="Build(QueryNode, bool)"/>, since an
    /// excluded part adds nothing to a score, without a second boolean layer over every match.
    /// </summary>
    public static (Query Positive, IReadOnlyList<Query> Excluded) Split(QueryNode node, bool scored) => node switch
    {
        AndNode { Excluded.Count: > 0 } a => (a.Required.Count == 1 ? Build(a.Required[0], scored) : And(a with { Excluded = [] }, scored),
            a.Excluded.Select(e => Build(e, scored: false)).ToList()),
        _ => (Build(node, scored), []),
    };

    /// <summary><see cref="AllItemsExcept"/> split as <see cref="Split"/> splits: every agenda item, and the excluded parts unscored.</summary>
    public static (Query Positive, IReadOnlyList<Query> Excluded) SplitAllItemsExcept(IReadOnlyList<QueryNode> excluded) =>
        (AllItems(), excluded.Select(e => Build(e, scored: false)).ToList());

    /// <summary>Every agenda item: the base of a query with only filters or exclusions.</summary>
    public static Query AllItems() => new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ItemKind));

    /// <summary>Every agenda item but those that match one of the excluded parts.</summary>
    public static Query AllItemsExcept(IReadOnlyList<QueryNode> excluded) => Excluding(AllItems(), excluded);

    /// <summary>
    /// One query without the excluded parts. A boolean query whose only positive clause is optional
    /// requires it, as a required one would, with the same score. What is excluded is never scored.
    /// </summary>
    private static BooleanQuery Excluding(Query positive, IReadOnlyList<QueryNode> excluded)
    {
        var query = new BooleanQuery(disableCoord: true) { { positive, Occur.SHOULD } };
        foreach (var node in excluded)
        {
            query.Add(Build(node, scored: false), Occur.MUST_NOT);
        }
        return query;
    }

    private static BooleanQuery AnyField(Func<string, Query> make, bool withParts)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in Fields.Where(f => withParts || f.Field != IndexSchema.Parts))
        {
            var query = make(field);
            query.Boost = boost;
            any.Add(query, Occur.SHOULD);
        }
        return any;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }
        return phrase;
    }

    private static BooleanQuery And(AndNode node, bool scored)
    {
        if (node.Required.Count <= 1)
        {
            return Excluding(node.Required.Count == 1 ? Build(node.Required[0], scored) : AllItems(), node.Excluded);
        }
        var and = new BooleanQuery(disableCoord: true);
        foreach (var required in node.Required)
        {
            and.Add(Build(required, scored), Occur.MUST);
        }
        foreach (var excluded in node.Excluded)
        {
            and.Add(Build(excluded, scored: false), Occur.MUST_NOT);
        }
        return and;
    }

    private static BooleanQuery Or(IEnumerable<Query> children)
    {
        var or = new BooleanQuery(disableCoord: true);
        foreach (var child in children)
        {
            or.Add(child, Occur.SHOULD);
        }
        return or;
    }
}
