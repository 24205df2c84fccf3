using Archive.Segmentation;

namespace Archive.Index;

/// <summary>
/// An agenda item as stored: segmentation, classified outcome, whether it is a standing item, its
/// index terms, and its sections serialized (by the worker, so that the single writer only writes).
/// </summary>
public sealed record IndexedItem(AgendaItem Item, string Outcome, double OutcomeConfidence, bool Routine, ItemTerms Terms)
{
    public string StoredSections { get; } =
        StoredSection.Serialize(Item.Sections.Select(s => new StoredSection(s.Kind.ToString().ToLowerInvariant(), s.Text)).Concat(Item.History.Select(StoredSection.Of)));
}
