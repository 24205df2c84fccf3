namespace Archive.Search;

/// <summary>A query ready to run: the text part (null when the query has only filters or exclusions) and the filters.</summary>
public sealed record ParsedQuery(string Original, QueryNode? Text, QueryNode? ExcludedOnly, QueryFilters Filters)
{
    /// <summary>Terms to highlight: every positive term and prefix.</summary>
    public IReadOnlyList<TermNode> HighlightTerms => Positive(Text).ToList();

    private static IEnumerable<TermNode> Positive(QueryNode? node) => node switch
    {
        TermNode t => [t],
        PhraseNode p => p.Terms.Select(t => new TermNode(t, false)),
        AndNode a => a.Required.SelectMany(Positive),
        OrNode o => o.Children.SelectMany(Positive),
        _ => [],
    };
}
