namespace Archive.Segmentation;

/// <summary>A meeting's minutes after segmentation: metadata and agenda items in printed order.</summary>
public sealed record SegmentedMeeting(MeetingMetadata Metadata, IReadOnlyList<AgendaItem> Items);
