using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Archive.Segmentation;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Archive.Index;

/// <summary>
/// The Lucene documents of a meeting: one per agenda item (searched text, doc values for filters,
/// facets and sorting, the item as JSON), one for the meeting (its metadata as JSON) and one per file
/// that renders it. Records are stored whole as JSON, so that a field added to them flows through
/// without a change here.
/// </summary>
public static class StoredDocuments
{
    /// <summary>Records as JSON: enums by name, computed properties (no setter) left out.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Kind == JsonTypeInfoKind.Object)
                    {
                        foreach (var property in info.Properties.Where(p => p.Set is null).ToList())
                        {
                            info.Properties.Remove(property);
                        }
                    }
                },
            },
        },
    };

    /// <summary>Words only: no frequencies, positions or lengths, which suggestions do not use.</summary>
    private static readonly FieldType SpellingField = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true };

    /// <summary>
    /// The meeting's document followed by one per item, in order: they are added and replaced as one block.
    /// Items analysed by a worker replay their tokens through <paramref name="fields"/>, which the
    /// writer reuses from one item to the next.
    /// </summary>
    public static IEnumerable<LuceneDocument> Meeting(IndexedDocument document, ReusableFields fields)
    {
        var meeting = new LuceneDocument
        {
            fields.Keyword(IndexSchema.Kind, IndexSchema.MeetingKind, Field.Store.NO),
            fields.Keyword(IndexSchema.Document, document.Id, Field.Store.YES),
            new StoredField(IndexSchema.File, document.File),
            new StoredField(IndexSchema.Format, document.Format),
            new StoredField(IndexSchema.Stored, JsonSerializer.Serialize(document with { Items = [] }, Json)),
        };
        yield return meeting;
        var m = document.Metadata;
        for (var ordinal = 0; ordinal < document.Items.Count; ordinal++)
        {
            var stored = document.Items[ordinal];
            var item = stored.Item;
            var text = new LuceneDocument
            {
                fields.Keyword(IndexSchema.Kind, IndexSchema.ItemKind, Field.Store.NO),
                fields.Keyword(IndexSchema.Document, document.Id, Field.Store.NO),
                new SortedDocValuesField(IndexSchema.Document, new BytesRef(document.Id)),
                Text(IndexSchema.Title, item.Title, stored.Tokens is { } title ? fields.Words(title, 0) : null),
                Text(IndexSchema.Decision, item.Decision, stored.Tokens is { } decision ? fields.Words(decision, 1) : null),
                Text(IndexSchema.Body, item.Body, stored.Tokens is { } body ? fields.Words(body, 2) : null),
                stored.Tokens is { } parts
                    ? new TextField(IndexSchema.Parts, fields.Parts(parts))
                    : new TextField(IndexSchema.Parts, string.Join("\n\n", item.Title, item.Decision, item.Body), Field.Store.NO),
                stored.Tokens is { } spelling
                    ? new Field(IndexSchema.Spelling, fields.Spelling(spelling), SpellingField)
                    : new Field(IndexSchema.Spelling, string.Join("\n\n", item.Title, item.Decision, item.Body), SpellingField),
                new SortedDocValuesField(IndexSchema.Outcome, new BytesRef(stored.Outcome)),
                new NumericDocValuesField(IndexSchema.Facts, IndexSchema.PackFacts(m.Date, m.DateInferred, stored.Routine, ordinal)),
                new StoredField(IndexSchema.File, document.File),
                new StoredField(IndexSchema.Stored, JsonSerializer.Serialize(stored, Json)),
            };
            if (m.Organisation is not null)
            {
                text.Add(new StoredField(IndexSchema.Organisation, m.Organisation));
            }
            foreach (var key in item.CaseNumbers.Select(CaseNumberReader.Key).Distinct(StringComparer.Ordinal))
            {
                text.Add(new StringField(IndexSchema.Case, key, Field.Store.NO));
            }
            AddKeyword(text, IndexSchema.Cluster, m.Cluster);
            AddKeyword(text, IndexSchema.Forum, m.Forum);
            AddKeyword(text, IndexSchema.Year, m.Date?.Year.ToString(CultureInfo.InvariantCulture));
            yield return text;
        }
    }

    /// <summary>A text field from tokens analysed by a worker, or from the text when none were.</summary>
    private static TextField Text(string field, string text, Lucene.Net.Analysis.TokenStream? tokens) =>
        tokens is null ? new TextField(field, text, Field.Store.NO) : new TextField(field, tokens);

    private static void AddKeyword(LuceneDocument document, string field, string? value)
    {
        if (value is not null)
        {
            document.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    /// <summary>A file that renders a document: the key of incremental runs.</summary>
    public static LuceneDocument File(string path, string documentId, string hash, string format, ReusableFields fields) =>
    [
        fields.Keyword(IndexSchema.Kind, IndexSchema.FileKind, Field.Store.NO),
        fields.Keyword(IndexSchema.Path, path, Field.Store.YES),
        fields.Keyword(IndexSchema.FileDocument, documentId, Field.Store.YES),
        new StoredField(IndexSchema.Hash, hash),
        new StoredField(IndexSchema.Format, format),
    ];

    /// <summary>The live documents of one kind in a segment.</summary>
    public static IEnumerable<int> OfKind(AtomicReader reader, string kind)
    {
        var docs = reader.GetTermDocsEnum(new Term(IndexSchema.Kind, kind));
        if (docs is null)
        {
            yield break;
        }
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            yield return doc;
        }
    }

    public static IndexedItem ReadItem(LuceneDocument stored) =>
        JsonSerializer.Deserialize<IndexedItem>(stored.Get(IndexSchema.Stored, CultureInfo.InvariantCulture), Json)
        ?? throw new InvalidDataException("a stored item is empty: delete the index and run ./archive index again");

    public static IndexedDocument ReadMeeting(LuceneDocument stored) =>
        JsonSerializer.Deserialize<IndexedDocument>(stored.Get(IndexSchema.Stored, CultureInfo.InvariantCulture), Json)
        ?? throw new InvalidDataException("a stored meeting is empty: delete the index and run ./archive index again");
}
