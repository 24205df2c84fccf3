using Archive.Segmentation;

namespace Archive.Index;

/// <summary>An agenda item as stored: segmentation, classified outcome, whether it is a standing item, and its index terms.</summary>
public sealed record IndexedItem(AgendaItem Item, string Outcome, double OutcomeConfidence, bool Routine, ItemTerms Terms);
