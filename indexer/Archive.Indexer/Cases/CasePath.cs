namespace Archive.Cases;

/// <summary>A case's path through forums and meetings, in date order (undated steps last).</summary>
/// <param name="CaseNumber">The case number as asked for or as printed; null for a case known only from an item's history.</param>
/// <param name="Key">The number's normalised key (CaseNumberReader.Key), the same for every way of writing it.</param>
public sealed record CasePath(string? CaseNumber, string? Key, IReadOnlyList<CaseStep> Steps);
