namespace Archive.Cases;

/// <summary>
/// One treatment of a case: an indexed agenda item (<see cref="DocumentId"/> set), or an earlier treatment known only
/// from an item's printed history (<see cref="PrintedIn"/> names that item). <see cref="Confidence"/> (0–1) says how
/// sure the step belongs to the case, <see cref="Basis"/> on what ground, <see cref="Why"/> in a sentence.
/// </summary>
public sealed record CaseStep(
    string? Date,
    bool DateInferred,
    string? Forum,
    string? Cluster,
    string? Organisation,
    string? DocumentId,
    string? ItemNumber,
    string? Title,
    string? Recommendation,
    string? Decision,
    string? Outcome,
    IReadOnlyList<string> CaseNumbers,
    double Confidence,
    CaseBasis Basis,
    string Why,
    string? PrintedIn = null);
