using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Index;

/// <summary>
/// The doc values of every agenda item of one index reader in flat arrays by document number: a
/// search matches and ranks in Lucene, and filters, counts facets and sorts here, reading stored text
/// only for the hits it shows. Each segment's columns are read once and cached with the segment, so
/// a reader reopened after a commit only reads the new segments. Immutable.
/// </summary>
public sealed class ItemCatalog
{
    private static readonly ConditionalWeakTable<IndexReader, ItemCatalog> ByReader = [];
    private static readonly ConditionalWeakTable<object, SegmentColumns> BySegment = [];

    private ItemCatalog(int maxDoc)
    {
        IsItem = new bool[maxDoc];
        Routine = new bool[maxDoc];
        DateInferred = new bool[maxDoc];
        DateValue = new int[maxDoc];
        Ordinal = new int[maxDoc];
        MeetingId = new string[maxDoc];
    }

    /// <summary>Whether a document number is a live agenda item (not a meeting, a file record or deleted).</summary>
    public bool[] IsItem { get; }

    public bool[] Routine { get; }

    public bool[] DateInferred { get; }

    /// <summary>The meeting's date as yyyymmdd, or −1 without one: compares as the ISO dates do.</summary>
    public int[] DateValue { get; }

    /// <summary>The item's place in its meeting.</summary>
    public int[] Ordinal { get; }

    public string[] MeetingId { get; }

    /// <summary>Facet values as small codes, so that counting a result's facets is array arithmetic.</summary>
    public Facet ClusterFacet { get; private set; } = Facet.Empty;

    public Facet ForumFacet { get; private set; } = Facet.Empty;

    public Facet YearFacet { get; private set; } = Facet.Empty;

    public Facet OutcomeFacet { get; private set; } = Facet.Empty;

    /// <summary>How many live agenda items there are.</summary>
    public int LiveItems { get; private set; }

    public string? Cluster(int doc) => ClusterFacet.ValueOf(doc);

    public string? Forum(int doc) => ForumFacet.ValueOf(doc);

    public string Outcome(int doc) => OutcomeFacet.ValueOf(doc) ?? "none";

    public string? Date(int doc) => IndexSchema.UnpackDate(DateValue[doc])?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One facet: the distinct values (<see cref="None"/> for an item without one) and each item's code.</summary>
    public sealed record Facet(string[] Values, int[] Codes)
    {
        public const string None = "ingen";

        public static Facet Empty { get; } = new([], []);

        public string? ValueOf(int doc) => Values[Codes[doc]] is var value && value != None ? value : null;
    }

    /// <summary>The catalog of this reader: made once per reader, from the cached columns of its segments.</summary>
    public static ItemCatalog For(IndexReader reader) => ByReader.GetValue(reader, Load);

    private static ItemCatalog Load(IndexReader reader)
    {
        var catalog = new ItemCatalog(reader.MaxDoc);
        var facets = new[] { IndexSchema.Cluster, IndexSchema.Forum, IndexSchema.Year, IndexSchema.Outcome }
            .Select(_ => (Values: new Dictionary<string, int>(StringComparer.Ordinal) { [Facet.None] = 0 }, Codes: new int[reader.MaxDoc])).ToArray();
        var meetings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var columns = BySegment.GetValue(leaf.AtomicReader.CoreCacheKey, _ => SegmentColumns.Read(leaf.AtomicReader));
            var live = leaf.AtomicReader.LiveDocs;
            var remaps = columns.Facets.Select((values, f) => values.Select(v =>
            {
                if (!facets[f].Values.TryGetValue(v, out var code))
                {
                    code = facets[f].Values.Count;
                    facets[f].Values[v] = code;
                }
                return code;
            }).ToArray()).ToArray();
            var first = leaf.DocBase;
            for (var doc = 0; doc < columns.IsItem.Length; doc++)
            {
                if (!columns.IsItem[doc] || (live is not null && !live.Get(doc)))
                {
                    continue;
                }
                var global = first + doc;
                catalog.IsItem[global] = true;
                catalog.LiveItems++;
                catalog.Routine[global] = columns.Routine[doc];
                catalog.DateInferred[global] = columns.DateInferred[doc];
                catalog.DateValue[global] = columns.DateValue[doc];
                catalog.Ordinal[global] = columns.Ordinal[doc];
                var meeting = columns.Meetings[columns.Meeting[doc]];
                if (!meetings.TryGetValue(meeting, out var shared))
                {
                    meetings[meeting] = shared = meeting;
                }
                catalog.MeetingId[global] = shared;
                for (var f = 0; f < facets.Length; f++)
                {
                    var ordinal = columns.FacetOrdinals[f][doc];
                    facets[f].Codes[global] = ordinal < 0 ? 0 : remaps[f][ordinal];
                }
            }
        }
        Facet Make(int f) => new(facets[f].Values.OrderBy(p => p.Value).Select(p => p.Key).ToArray(), facets[f].Codes);
        catalog.ClusterFacet = Make(0);
        catalog.ForumFacet = Make(1);
        catalog.YearFacet = Make(2);
        catalog.OutcomeFacet = Make(3);
        return catalog;
    }

    /// <summary>One segment's doc values as arrays: facet ordinals with their values, numbers, the meeting.</summary>
    private sealed class SegmentColumns
    {
        public required bool[] IsItem { get; init; }

        public required bool[] Routine { get; init; }

        public required bool[] DateInferred { get; init; }

        public required int[] DateValue { get; init; }

        public required int[] Ordinal { get; init; }

        public required int[] Meeting { get; init; }

        public required string[] Meetings { get; init; }

        public required int[][] FacetOrdinals { get; init; }

        public required string[][] Facets { get; init; }

        public static SegmentColumns Read(AtomicReader reader)
        {
            var n = reader.MaxDoc;
            var isItem = new bool[n];
            foreach (var doc in StoredDocuments.OfKind(reader, IndexSchema.ItemKind))
            {
                isItem[doc] = true;
            }
            var facetFields = new[] { IndexSchema.Cluster, IndexSchema.Forum, IndexSchema.Year, IndexSchema.Outcome };
            var ordinals = new int[facetFields.Length][];
            var values = new string[facetFields.Length][];
            for (var f = 0; f < facetFields.Length; f++)
            {
                (ordinals[f], values[f]) = Sorted(reader, facetFields[f], n);
            }
            var (meeting, meetings) = Sorted(reader, IndexSchema.Document, n);
            var (routine, dateInferred, dateValue, ordinal) = (new bool[n], new bool[n], new int[n], new int[n]);
            if (reader.GetNumericDocValues(IndexSchema.Facts) is { } facts)
            {
                for (var doc = 0; doc < n; doc++)
                {
                    (dateValue[doc], dateInferred[doc], routine[doc], ordinal[doc]) = IndexSchema.UnpackFacts(facts.Get(doc));
                }
            }
            return new SegmentColumns
            {
                IsItem = isItem,
                Routine = routine,
                DateInferred = dateInferred,
                DateValue = dateValue,
                Ordinal = ordinal,
                Meeting = meeting,
                Meetings = meetings,
                FacetOrdinals = ordinals,
                Facets = values,
            };
        }

        private static (int[] Ordinals, string[] Values) Sorted(AtomicReader reader, string field, int n)
        {
            var ordinals = Enumerable.Repeat(-1, n).ToArray();
            if (reader.GetSortedDocValues(field) is not { } column)
            {
                return (ordinals, []);
            }
            for (var doc = 0; doc < n; doc++)
            {
                ordinals[doc] = column.GetOrd(doc);
            }
            var values = new string[column.ValueCount];
            var bytes = new BytesRef();
            for (var ord = 0; ord < values.Length; ord++)
            {
                column.LookupOrd(ord, bytes);
                values[ord] = bytes.Utf8ToString();
            }
            return (ordinals, values);
        }
    }
}
