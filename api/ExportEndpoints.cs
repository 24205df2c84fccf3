using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api;

/// <summary>GET /api/export: every hit of the query as a CSV, JSON or XLSX download, streamed.</summary>
public static partial class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/export", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (HttpContext context, IndexProvider provider, string? q, string? format) =>
        {
            if (!HitExporter.TryParse(format, out var exportFormat))
            {
                return Problems.BadRequest("format must be csv, json or xlsx");
            }
            var index = provider.Open();
            context.Response.RegisterForDispose(index);
            var service = provider.Search(index);
            var (query, error) = QueryInput.Parse(service, q);
            if (query is null)
            {
                return Problems.BadRequest(error!);
            }
            var name = $"archive-{Slug(q!)}-{DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{exportFormat.ToString().ToLowerInvariant()}";
            context.Response.ContentType = HitExporter.ContentType(exportFormat);
            // HTTP headers are ASCII: the name with æøå travels in filename* (RFC 6266), with an ASCII fallback beside it.
            var fallback = new string(name.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_').ToArray());
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fallback}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
            await HitExporter.WriteAsync(service.AllHits(query), exportFormat, context.Response.Body, query.Original, context.RequestAborted);
            return TypedResults.Empty;
        });

    private static string Slug(string query)
    {
        var slug = SlugPattern().Replace(query.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "export" : slug[..Math.Min(slug.Length, 60)];
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex SlugPattern();
}
