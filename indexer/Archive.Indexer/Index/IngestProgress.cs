namespace Archive.Index;

/// <summary>Progress of an index run, reported after each file.</summary>
public sealed record IngestProgress(int Done, int Total, string Path, IngestStatus Status);
