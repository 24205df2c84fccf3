namespace Archive.Index;

/// <summary>What an index run did with one file.</summary>
public enum IngestStatus
{
    Indexed,
    Unchanged,
    Alternate,
    Failed,
}
