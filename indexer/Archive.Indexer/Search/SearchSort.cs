namespace Archive.Search;

/// <summary>How hits are ordered.</summary>
public enum SearchSort
{
    Relevance,
    Date,

    /// <summary>The reverse of <see cref="Date"/> for dated items: the latest date, meeting and item first; undated items still last (the Atom feed's order).</summary>
    NewestFirst,
}
