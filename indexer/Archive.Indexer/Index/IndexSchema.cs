namespace Archive.Index;

/// <summary>
/// The Lucene index's layout: its field names and version. Bump <see cref="Version"/> whenever it
/// changes; an index of another version is refused with a clear message (and rebuilt by serve).
/// </summary>
public static class IndexSchema
{
    // Versions up to 7 were one SQLite file (7: our own posting lists, the organisation and the OCR confidence);
    // version 8 is a Lucene index (a folder) whose stored JSON carries the organisation and the OCR confidence;
    // version 9 adds the items' case numbers (stored JSON) and their keys (the case field);
    // version 10 packs an item's date, date-inferred and routine flags and ordinal into one doc value (Facts).
    public const int Version = 10;

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

    /// <summary>
    /// An item's numeric doc value: its meeting's date (<see cref="PackDate"/>), whether that date is inferred, whether the
    /// item is routine, and its ordinal in the meeting, packed into one long. One value, not four: Lucene.Net's writer
    /// measures its memory by reflection on every numeric value it is given (BENCHMARKS.md).
    /// </summary>
    public const string Facts = "facts";

    /// <summary>A meeting date as <see cref="Facts"/> holds it: yyyymmdd, -1 for none.</summary>
    public static int PackDate(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : -1;

    /// <summary>The date a packed date (<see cref="PackDate"/>) stands for; null for none.</summary>
    public static DateOnly? UnpackDate(long value) => value >= 0 ? new DateOnly((int)(value / 10000), (int)(value / 100 % 100), (int)(value % 100)) : null;

    /// <summary>
    /// The <see cref="Facts"/> value: the packed date in the high 32 bits (negative for none), the ordinal in the next 30,
    /// then the date-inferred and the routine flag. A document without the value (a meeting, a file) reads as 0:
    /// date 0, ordinal 0, both flags false, as four separate values read before.
    /// </summary>
    public static long PackFacts(DateOnly? date, bool dateInferred, bool routine, int ordinal)
    {
        if (ordinal is < 0 or >= 1 << 30)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "an item's ordinal in its meeting must fit in 30 bits");
        }
        return ((long)PackDate(date) << 32) | ((long)ordinal << 2) | (dateInferred ? 2L : 0L) | (routine ? 1L : 0L);
    }

    /// <summary>The parts of a <see cref="PackFacts"/> value: the packed date (<see cref="UnpackDate"/>), the flags and the ordinal.</summary>
    public static (int Date, bool DateInferred, bool Routine, int Ordinal) UnpackFacts(long facts) =>
        ((int)(facts >> 32), (facts & 2) != 0, (facts & 1) != 0, (int)((facts >> 2) & ((1 << 30) - 1)));

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
