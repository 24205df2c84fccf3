using System.Globalization;
using System.Xml;
using Archive.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api;

/// <summary>GET /api/feed?q=: an Atom feed of the newest matching agenda items, to follow a topic in a feed reader.</summary>
public static class FeedEndpoints
{
    /// <summary>How many hits a feed lists: the newest, newest first.</summary>
    public const int Entries = 50;

    public static void MapFeedEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/feed", Results<ContentHttpResult, ProblemHttpResult> (HttpContext context, IndexProvider provider, string? q) =>
        {
            using var index = provider.Open();
            var service = provider.Search(index);
            var (query, error) = QueryInput.Parse(service, q);
            if (query is null)
            {
                return Problems.BadRequest(error!);
            }
            var hits = service.Newest(query, Entries);
            var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
            var xml = new System.Text.StringBuilder();
            using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, CheckCharacters = false }))
            {
                const string atom = "http://www.w3.org/2005/Atom";
                writer.WriteStartElement("feed", atom);
                writer.WriteElementString("title", atom, XmlSafe($"Archive: {q}"));
                writer.WriteElementString("id", atom, XmlSafe($"{baseUrl}/api/feed?q={Uri.EscapeDataString(q!)}"));
                writer.WriteElementString("updated", atom, Updated(hits.Count > 0 ? hits[0].Date : null));
                foreach (var hit in hits)
                {
                    writer.WriteStartElement("entry", atom);
                    writer.WriteElementString("title", atom, XmlSafe($"{hit.Forum} {hit.Cluster} {hit.Date}: {hit.ItemTitle}"));
                    writer.WriteElementString("id", atom, $"{baseUrl}/api/documents/{Uri.EscapeDataString(hit.DocumentId)}#punkt-{hit.ItemNumber}");
                    writer.WriteElementString("updated", atom, Updated(hit.Date));
                    writer.WriteStartElement("link", atom);
                    writer.WriteAttributeString("href", $"{baseUrl}/#/moede/{Uri.EscapeDataString(hit.DocumentId)}/{hit.ItemNumber}");
                    writer.WriteEndElement();
                    writer.WriteElementString("summary", atom, XmlSafe(hit.Decision.Length > 0 ? hit.Decision : "Intet referat"));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            // StringBuilder output declares utf-16; the body is sent as UTF-8.
            return TypedResults.Text(xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal),
                "application/atom+xml; charset=utf-8");
        });

    /// <summary>XML 1.0 cannot carry most control characters; minutes and queries sometimes do.</summary>
    private static string XmlSafe(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static string Updated(string? date) =>
        (DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
