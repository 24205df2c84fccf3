namespace Archive.Index;

/// <summary>What an index run did: files indexed, skipped as unchanged, registered as another rendering, removed, and failed with their reasons.</summary>
public sealed record IngestReport(int Indexed, int Unchanged, int Alternates, int Removed, IReadOnlyList<(string Path, string Reason)> Failed);
