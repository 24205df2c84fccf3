namespace Archive.Analysis;

/// <summary>
/// The index terms of a text: <see cref="Terms"/> in reading order (for ranking and phrases),
/// and <see cref="Parts"/>, the compound parts and split forms indexed beside them.
/// </summary>
public sealed record AnalyzedText(IReadOnlyList<string> Terms, IReadOnlyList<string> Parts);
