namespace Archive.Index;

/// <summary>Progress of an index run, reported after each file: the file's pages read and agenda items indexed.</summary>
public sealed record IngestProgress(int Done, int Total, string Path, IngestStatus Status, int Pages = 0, int Items = 0);
