namespace Archive.Index;

/// <summary>An item's analyzed index terms, one space-separated string per full-text column.</summary>
public sealed record ItemTerms(string Title, string Decision, string Body, string Parts);
