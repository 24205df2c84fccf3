using Archive.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api;

/// <summary>
/// GET /api/cases/{caseNumber} and GET /api/documents/{id}/items/{number}/case: a case's path through forums and meetings
/// (for an item of no case, a path without steps).
/// </summary>
public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        // Case numbers hold slashes (15/34881): the route takes the rest of the path, encoded or not.
        app.MapGet("/api/cases/{**caseNumber}", Results<Ok<CasePath>, ProblemHttpResult> (IndexProvider provider, string? caseNumber) =>
        {
            var number = Uri.UnescapeDataString(caseNumber ?? string.Empty).Trim();
            if (!Archive.Segmentation.CaseNumberReader.LooksLikeCaseNumber(number))
            {
                return Problems.BadRequest($"'{number}' is not a case number: write it as the minutes print it, as in /api/cases/15/34881");
            }
            using var index = provider.Open();
            var path = new CaseService(index).Find(number);
            return path is null ? NotFound($"no item prints the case number '{number}'") : TypedResults.Ok(path);
        });
        app.MapGet("/api/documents/{id}/items/{number}/case", Results<Ok<CasePath>, ProblemHttpResult> (IndexProvider provider, string id, string number) =>
        {
            using var index = provider.Open();
            var path = new CaseService(index).ForItem(id, number);
            // An item of no case answers a path without steps: asking is how the page learns it.
            return path is null ? NotFound($"no item '{number}' of a document '{id}' in the index") : TypedResults.Ok(path);
        });
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
