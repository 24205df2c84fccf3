using Archive.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api;

/// <summary>GET /api/search and GET /api/trace.</summary>
public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api");
        group.MapGet("/search", Search);
        group.MapGet("/trace", Trace);
    }

    private static Results<Ok<SearchResult>, ProblemHttpResult> Search(IndexProvider provider, string? q, string? page, string? pageSize, string? sort)
    {
        if (!TryRange(page, 1, 1, 1_000_000, out var pageNumber))
        {
            return Problems.BadRequest("page must be a whole number from 1");
        }
        if (!TryRange(pageSize, 20, 1, 100, out var size))
        {
            return Problems.BadRequest("pageSize must be a whole number from 1 to 100");
        }
        if (sort is not (null or "" or "relevance" or "date"))
        {
            return Problems.BadRequest("sort must be relevance or date");
        }
        using var index = provider.Open();
        var service = provider.Search(index);
        var (query, error) = QueryInput.Parse(service, q);
        if (query is null)
        {
            return Problems.BadRequest(error!);
        }
        return TypedResults.Ok(service.Search(query, pageNumber, size, sort == "date" ? SearchSort.Date : SearchSort.Relevance));
    }

    private static Results<Ok<TraceResult>, ProblemHttpResult> Trace(IndexProvider provider, string? q, string? limit)
    {
        if (!TryRange(limit, SearchService.DefaultTraceLimit, 1, 5000, out var events))
        {
            return Problems.BadRequest("limit must be a whole number from 1 to 5000");
        }
        using var index = provider.Open();
        var service = provider.Search(index);
        var (query, error) = QueryInput.Parse(service, q);
        return query is null ? Problems.BadRequest(error!) : TypedResults.Ok(service.Trace(query, events));
    }

    private static bool TryRange(string? text, int fallback, int min, int max, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
