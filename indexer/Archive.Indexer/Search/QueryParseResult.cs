namespace Archive.Search;

/// <summary>The outcome of parsing a query: the query, or a one-line error for the user. Errors are values, not exceptions.</summary>
public sealed record QueryParseResult(ParsedQuery? Query, string? Error)
{
    public bool Succeeded => Query is not null;

    public static QueryParseResult Fail(string error) => new(null, error);

    public static QueryParseResult Success(ParsedQuery query) => new(query, null);
}
