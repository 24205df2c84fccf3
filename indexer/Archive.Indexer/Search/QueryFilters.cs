namespace Archive.Search;

/// <summary>The metadata filters of a query: klynge:, forum:, år:, udfald:.</summary>
public sealed record QueryFilters(string? Cluster, string? Forum, int? YearFrom, int? YearTo, string? Outcome)
{
    public static QueryFilters None { get; } = new(null, null, null, null, null);
}
