namespace Archive.Search;

/// <summary>A node of a parsed query: a term, a phrase, or an AND / OR / NOT of nodes.</summary>
public abstract record QueryNode;

/// <summary>One analyzed term; with <see cref="Prefix"/>, every term that starts with it.</summary>
public sealed record TermNode(string Term, bool Prefix) : QueryNode;

/// <summary>Terms that must stand next to each other in this order.</summary>
public sealed record PhraseNode(IReadOnlyList<string> Terms) : QueryNode;

/// <summary>All children must match; <see cref="Excluded"/> must not.</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Required, IReadOnlyList<QueryNode> Excluded) : QueryNode;

/// <summary>Any child may match.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;
