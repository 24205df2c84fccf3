using System.Text.Json.Serialization;
using Archive.Segmentation;

namespace Archive.Index;

/// <summary>
/// An agenda item as stored: segmentation, classified outcome, and whether it is a standing item;
/// while it goes to the writer, also its title, decision and body analysed (not stored).
/// </summary>
public sealed record IndexedItem(AgendaItem Item, string Outcome, double OutcomeConfidence, bool Routine)
{
    [JsonIgnore]
    public IReadOnlyList<CapturedTokens>? Tokens { get; init; }

    /// <summary>The words as written, for the spelling field; analysed by the worker too.</summary>
    [JsonIgnore]
    public CapturedTokens? Spelling { get; init; }
}
