using Archive.Index;
using Archive.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api;

/// <summary>GET /api/documents, /api/documents/{id}, /api/documents/{id}/items/{number}/related and /api/documents/{id}/source.</summary>
public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents");
        group.MapGet("/", (IndexProvider provider) =>
        {
            using var index = provider.Open();
            return TypedResults.Ok(new DocumentReader(index).Ids());
        });
        group.MapGet("/{id}", Results<Ok<DocumentView>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>> (IndexProvider provider, string id) =>
        {
            using var index = provider.Open();
            var document = new DocumentReader(index).Find(id);
            return document is null ? NotFoundProblem(id) : TypedResults.Ok(document);
        });
        // Items like this one: MoreLikeThis over title and decision.
        group.MapGet("/{id}/items/{number}/related", Related);
        group.MapGet("/{id}/source", Results<PhysicalFileHttpResult, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>> (IndexProvider provider, string id) =>
        {
            using var index = provider.Open();
            // The path comes from the index, never from the request: only indexed files can be served.
            var file = new DocumentReader(index).FileOf(id);
            if (file is null || !File.Exists(file))
            {
                return NotFoundProblem(id);
            }
            var type = Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".pdf" => "application/pdf",
                ".md" => "text/markdown; charset=utf-8",
                _ => "text/plain; charset=utf-8",
            };
            return TypedResults.PhysicalFile(Path.GetFullPath(file), type, Path.GetFileName(file));
        });
    }

    private static Results<Ok<IReadOnlyList<SearchHit>>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>> Related(IndexProvider provider, string id, string number)
    {
        using var index = provider.Open();
        var related = provider.Search(index).Related(id, number);
        return related is null
            ? TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "Not found", Status = 404, Detail = $"no item '{number}' of a document '{id}' in the index" })
            : TypedResults.Ok(related);
    }

    private static NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails> NotFoundProblem(string id) =>
        TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "Not found", Status = 404, Detail = $"no document '{id}' in the index" });
}
