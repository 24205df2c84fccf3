namespace Archive.Search;

/// <summary>The metadata filters of a query: klynge:, forum:, år:, udfald:, and sag: (<see cref="Case"/> holds the case number's key).</summary>
public sealed record QueryFilters(string? Cluster, string? Forum, int? YearFrom, int? YearTo, string? Outcome, string? Case = null)
{
    public static QueryFilters None { get; } = new(null, null, null, null, null);
}
