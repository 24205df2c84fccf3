namespace Archive.Search;

/// <summary>Whether a query's segments are collected on two threads (<see cref="SearchService.Parallelism"/>).</summary>
public enum SegmentParallelism
{
    /// <summary>On two threads when the query is wide and no other query runs in the process.</summary>
    Auto,

    /// <summary>Always on one thread.</summary>
    Never,

    /// <summary>On two threads whenever the index has two segments or more, however narrow the query, all segments split in two groups (for tests).</summary>
    Always,
}
