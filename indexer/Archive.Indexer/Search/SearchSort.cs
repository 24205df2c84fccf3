namespace Archive.Search;

/// <summary>How hits are ordered.</summary>
public enum SearchSort
{
    Relevance,
    Date,

    /// <summary>The exact reverse of <see cref="Date"/>: undated first, then the latest date, meeting and item first (the Atom feed's order).</summary>
    NewestFirst,
}
