using Archive.Index;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api;

/// <summary>GET /health: 200 when the index can be read.</summary>
public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", Results<Ok<HealthReport>, ProblemHttpResult> (IndexProvider provider) =>
        {
            try
            {
                using var index = provider.Open();
                var (documents, items) = index.Counts();
                return TypedResults.Ok(new HealthReport("ok", documents, items));
            }
            catch (IndexException e)
            {
                return Problems.Unavailable(e.Message);
            }
        });
}

/// <summary>The body of a healthy answer.</summary>
public sealed record HealthReport(string Status, long Documents, long Items);
