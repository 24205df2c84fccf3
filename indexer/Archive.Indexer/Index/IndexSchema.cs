namespace Archive.Index;

/// <summary>
/// The Lucene index's layout: its field names and version. Bump <see cref="Version"/> whenever it
/// changes; an index of another version is refused with a clear message (and rebuilt by serve).
/// </summary>
public static class IndexSchema
{
    // Versions up to 7 were one SQLite file (7: our own posting lists, the organisation and the OCR confidence);
    // version 8 is a Lucene index (a folder) whose stored JSON carries the organisation and the OCR confidence;
    // version 9 adds the items' case numbers (stored JSON) and their keys (the case field).
    public const int Version = 9;

    /// <summary>The commit data key that holds <see cref="Version"/>.</summary>
    public const string VersionKey = "archive.schema";

    /// <summary>What a Lucene document is: an agenda item, a meeting, or a file that renders one.</summary>
    public const string Kind = "kind";

    public const string ItemKind = "item";

    public const string MeetingKind = "meeting";

    public const string FileKind = "file";

    /// <summary>The meeting's id, on the meeting and on each of its items: they are replaced together.</summary>
    public const string Document = "document";

    /// <summary>Searched text: the words of the title, the decision and the rest, and the parts of compounds and joined words.</summary>
    public const string Title = "title";

    public const string Decision = "decision";

    public const string Body = "body";

    public const string Parts = "parts";

    /// <summary>The words of the item as written, lower-cased and unstemmed: what "did you mean" suggests from.</summary>
    public const string Spelling = "spelling";

    /// <summary>Doc values of an item, for filters, facets and sorting.</summary>
    public const string Cluster = "cluster";

    public const string Forum = "forum";

    public const string Year = "year";

    public const string Outcome = "outcome";

    public const string Date = "date";

    /// <summary>A meeting date as the <see cref="Date"/> doc value holds it: yyyymmdd, -1 for none.</summary>
    public static int PackDate(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : -1;

    /// <summary>The date a <see cref="Date"/> doc value holds; null for none.</summary>
    public static DateOnly? UnpackDate(long value) => value >= 0 ? new DateOnly((int)(value / 10000), (int)(value / 100 % 100), (int)(value % 100)) : null;

    public const string DateInferred = "date_inferred";

    public const string Routine = "routine";

    public const string Ordinal = "ordinal";

    /// <summary>Indexed on an item, one term per case it belongs to: the keys of its printed case numbers (CaseNumberReader.Key).</summary>
    public const string Case = "case";

    /// <summary>Stored: an item or a meeting as JSON, so that new fields of the records flow through.</summary>
    public const string Stored = "stored";

    /// <summary>Stored on an item: the file of its meeting.</summary>
    public const string File = "file";

    /// <summary>Stored on an item: its meeting's organisation (municipality or region), when the minutes name it.</summary>
    public const string Organisation = "organisation";

    /// <summary>A file record: its path (indexed, the key), its document, its content hash and format (stored).</summary>
    public const string Path = "path";

    public const string FileDocument = "file_document";

    public const string Hash = "hash";

    public const string Format = "format";
}
