using Archive.Search;

namespace Archive.Api;

/// <summary>Validates the q parameter every query endpoint takes.</summary>
public static class QueryInput
{
    public static (ParsedQuery? Query, string? Error) Parse(SearchService service, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return (null, "the parameter q (the query) is required");
        }
        if (q.Length > SearchQueryParser.MaxLength)
        {
            return (null, $"q is {q.Length} characters long; the limit is {SearchQueryParser.MaxLength}");
        }
        var parsed = service.Parser.Parse(q);
        return parsed.Succeeded ? (parsed.Query, null) : (null, parsed.Error);
    }
}
