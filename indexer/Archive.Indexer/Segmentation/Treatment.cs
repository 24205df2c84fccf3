namespace Archive.Segmentation;

/// <summary>
/// An earlier treatment of an agenda item printed inside it: another forum's verdict (or this
/// forum's at an earlier meeting) with the forum, the date and the item number as printed.
/// </summary>
/// <param name="Forum">The body that treated the case, as printed ("Økonomiudvalget").</param>
/// <param name="Date">The date of that treatment, or null when the minutes give none.</param>
/// <param name="ItemNumber">The item number at that meeting ("pkt. 5"), or null.</param>
/// <param name="Text">What was minuted there ("Anbefales.").</param>
public sealed record Treatment(string Forum, DateOnly? Date, string? ItemNumber, string Text);
