namespace Archive.Segmentation;

/// <summary>What the minutes say about the meeting itself.</summary>
/// <param name="Kind">"referat" (minutes) or "dagsorden" (an agenda with nothing minuted).</param>
/// <param name="Date">The stated date, or the best estimate when <paramref name="DateInferred"/>.</param>
/// <param name="DateEarliest">Earliest possible meeting date.</param>
/// <param name="DateLatest">Latest possible meeting date.</param>
/// <param name="Organisation">The municipality or region, where the minutes name it ("Greve Kommune", "Region Midtjylland").</param>
public sealed record MeetingMetadata(
    string Kind,
    string? Forum,
    string? Cluster,
    string? CaseNumber,
    DateOnly? Date,
    bool DateInferred,
    DateOnly? DateEarliest,
    DateOnly? DateLatest,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Absent,
    string? Organisation = null);
