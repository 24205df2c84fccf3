using Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// Turns a parsed query into a Lucene query. A term or a prefix is looked for in the title (boost 10),
/// the decision (4), the rest of the item (1) and the parts of compounds and joined words (0.3), so
/// that a whole-word match ranks above a part match; BM25 scores each field and the fields add up.
/// A phrase matches within one of the three text fields. A prefix scores its field's boost for each
/// field it matches in (constant score: exact however many words it expands to).
/// </summary>
public static class LuceneQueryBuilder
{
    private static readonly (string Field, float Boost)[] Fields =
        [(IndexSchema.Title, 10f), (IndexSchema.Decision, 4f), (IndexSchema.Body, 1f), (IndexSchema.Parts, 0.3f)];

    public static Query Build(QueryNode node) => node switch
    {
        TermNode { Prefix: false } t => AnyField(field => new TermQuery(new Term(field, t.Term)), withParts: true),
        TermNode t => AnyField(field => new PrefixQuery(new Term(field, t.Term)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE }, withParts: true),
        PhraseNode p => AnyField(field => Phrase(field, p.Terms), withParts: false),
        AndNode a => And(a),
        OrNode o => Or(o.Children.Select(Build)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Every agenda item: the base of a query with only filters or exclusions.</summary>
    public static Query AllItems() => new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ItemKind));

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

    private static BooleanQuery And(AndNode node)
    {
        var and = new BooleanQuery(disableCoord: true);
        foreach (var required in node.Required)
        {
            and.Add(Build(required), Occur.MUST);
        }
        if (node.Required.Count == 0)
        {
            and.Add(AllItems(), Occur.MUST);
        }
        foreach (var excluded in node.Excluded)
        {
            and.Add(Build(excluded), Occur.MUST_NOT);
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
