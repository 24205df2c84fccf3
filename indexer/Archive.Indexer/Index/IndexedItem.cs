using Archive.Segmentation;

namespace Archive.Index;

/// <summary>An agenda item as stored: segmentation, classified outcome, and whether it is a standing item.</summary>
public sealed record IndexedItem(AgendaItem Item, string Outcome, double OutcomeConfidence, bool Routine);
