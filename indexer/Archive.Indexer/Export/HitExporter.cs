using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Search;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Archive.Export;

/// <summary>
/// Writes every hit of a query as CSV (RFC 4180, UTF-8 with BOM), JSON or XLSX, streaming one
/// row at a time. Cells that a spreadsheet would run as a formula are neutralised.
/// </summary>
public static partial class HitExporter
{
    public static readonly IReadOnlyList<string> Columns =
        ["document", "file", "organisation", "forum", "cluster", "date", "dateInferred", "itemNumber", "title", "outcome", "decision", "snippet", "page", "score", "ocr", "ocrConfidence", "history", "caseNumbers"];

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static bool TryParse(string? text, out ExportFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);

    /// <summary>Writes every hit to a stream that may block (a file, memory): for the command line.</summary>
    public static int Write(IEnumerable<SearchHit> hits, ExportFormat format, Stream output, string query) =>
        WriteAsync(hits, format, output, query).GetAwaiter().GetResult();

    /// <summary>
    /// Writes every hit, handing the output a chunk of rows at a time with an asynchronous write: a server
    /// thread never waits for a slow client while it holds rows of a large export.
    /// </summary>
    public static async Task<int> WriteAsync(IEnumerable<SearchHit> hits, ExportFormat format, Stream output, string query, CancellationToken cancel = default)
    {
        using var chunk = new MemoryStream();
        async Task Drain()
        {
            if (chunk.Length > 0)
            {
                await output.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), cancel);
                chunk.SetLength(0);
            }
        }
        var count = format switch
        {
            ExportFormat.Csv => await WriteCsv(hits, chunk, Drain),
            ExportFormat.Json => await WriteJson(hits, chunk, Drain, query),
            _ => WriteXlsx(hits, output.CanSeek ? output : chunk),
        };
        await Drain();
        await output.FlushAsync(cancel);
        return count;
    }

    /// <summary>Rows between two chunks handed to the output.</summary>
    private const int RowsPerChunk = 100;

    private static string[] Cells(SearchHit h) =>
    [
        h.DocumentId, h.File, h.Organisation ?? string.Empty, h.Forum ?? string.Empty, h.Cluster ?? string.Empty, h.Date ?? string.Empty, h.DateInferred ? "true" : "false",
        h.ItemNumber, h.ItemTitle, h.Outcome, h.Decision, PlainSnippet(h.Snippet), h.Page.ToString(CultureInfo.InvariantCulture),
        h.Score.ToString("0.###", CultureInfo.InvariantCulture), h.Ocr ? "true" : "false",
        h.OcrConfidence?.ToString("0.###", CultureInfo.InvariantCulture) ?? string.Empty, History(h.History),
        string.Join("\n", h.CaseNumbers),
    ];

    /// <summary>The earlier treatments in one cell: "Økonomiudvalget, 2015-03-23, pkt. 5: Anbefales." a line.</summary>
    public static string History(IEnumerable<Archive.Segmentation.Treatment> history) => string.Join("\n", history.Select(t =>
        string.Join(", ", new[] { t.Forum, t.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.ItemNumber is null ? null : "pkt. " + t.ItemNumber }
            .Where(p => p is not null)) + ": " + t.Text));

    /// <summary>The snippet without its &lt;mark&gt; tags and HTML escapes, for a spreadsheet cell.</summary>
    public static string PlainSnippet(string snippet) => System.Net.WebUtility.HtmlDecode(TagPattern().Replace(snippet, string.Empty));

    /// <summary>A cell starting with =, +, -, @ (or tab/CR) would be a formula in a spreadsheet: prefix it with an apostrophe.</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static async Task<int> WriteCsv(IEnumerable<SearchHit> hits, Stream chunk, Func<Task> drain)
    {
        using var writer = new StreamWriter(chunk, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', Columns));
        var count = 0;
        foreach (var hit in hits)
        {
            writer.WriteLine(string.Join(',', Cells(hit).Select(c => Quote(Neutralise(c)))));
            if (++count % RowsPerChunk == 0)
            {
                writer.Flush();
                await drain();
            }
        }
        writer.Flush();
        return count;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static async Task<int> WriteJson(IEnumerable<SearchHit> hits, Stream chunk, Func<Task> drain, string query)
    {
        using var writer = new Utf8JsonWriter(chunk, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("query", query);
        writer.WriteStartArray("hits");
        var count = 0;
        foreach (var hit in hits)
        {
            JsonSerializer.Serialize(writer, hit, ExportJson.Default.SearchHit);
            if (++count % RowsPerChunk == 0)
            {
                writer.Flush();
                await drain();
            }
        }
        writer.WriteEndArray();
        writer.WriteNumber("total", count);
        writer.WriteEndObject();
        writer.Flush();
        return count;
    }

    private static int WriteXlsx(IEnumerable<SearchHit> hits, Stream output)
    {
        // OpenXml needs a seekable stream for the zip package: a server's response gets the whole file from memory.
        var count = 0;
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, Columns);
                foreach (var hit in hits)
                {
                    WriteRow(writer, Cells(hit));
                    count++;
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            using (var writer = OpenXmlWriter.Create(workbook))
            {
                writer.WriteStartElement(new Workbook());
                writer.WriteStartElement(new Sheets());
                writer.WriteElement(new Sheet { Name = "Træffere", SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) });
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
        }
        return count;
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            // Inline strings are never evaluated as formulas; neutralise anyway for copy-paste into CSV.
            writer.WriteElement(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(Neutralise(cell))) { Space = SpaceProcessingModeValues.Preserve }))
            {
                DataType = CellValues.InlineString,
            });
        }
        writer.WriteEndElement();
    }

    /// <summary>XML 1.0 forbids most control characters; a cell holds at most 32,767 characters.</summary>
    private static string Clean(string text)
    {
        var clean = new string(text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)).ToArray());
        return clean.Length > 32000 ? clean[..32000] : clean;
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex TagPattern();
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(SearchHit))]
internal sealed partial class ExportJson : System.Text.Json.Serialization.JsonSerializerContext;
