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
    public CapturedTokens? Tokens { get; init; }
}
