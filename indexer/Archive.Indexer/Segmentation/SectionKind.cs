namespace Archive.Segmentation;

/// <summary>The role of a stretch of text inside an agenda item.</summary>
public enum SectionKind
{
    Background,
    Recommendation,
    Decision,
    Attachments,
    Other,
}
