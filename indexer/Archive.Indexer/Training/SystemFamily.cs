namespace Archive.Training;

/// <summary>
/// The handful of minutes-system families that the gold's free-text `system` (corpus/real/gold) falls into, in one
/// place: the first rule whose word the text holds (case-insensitive) wins, so a PDF transcript of a PolWeb
/// layout is PolWeb, and anything not named by a rule is a municipality's own web page.
/// </summary>
public static class SystemFamily
{
    public const string OwnWebPages = "own web pages";

    private static readonly (string Word, string Family)[] Rules =
    [
        ("PolWeb", "Net-Hotel PolWeb"),
        ("FirstAgenda", "FirstAgenda/Prepare"),
        ("eDoc", "KMD eDoc/Acadre"),
        ("Acadre", "KMD eDoc/Acadre"),
        ("SBSYS", "SBSYS"),
        ("eDagsorden", "other publishing systems (eDagsorden, FICS)"),
        ("FICS", "other publishing systems (eDagsorden, FICS)"),
        ("PDF transcript", "PDF transcripts"),
    ];

    /// <summary>The family of a gold file's `system` text.</summary>
    public static string Of(string system) =>
        Rules.FirstOrDefault(r => system.Contains(r.Word, StringComparison.OrdinalIgnoreCase)).Family ?? OwnWebPages;

    /// <summary>The rules as Markdown list lines, for the evaluation report.</summary>
    public static IEnumerable<string> Describe() =>
        Rules.GroupBy(r => r.Family).Select(g => $"- {g.Key}: `system` names {string.Join(" or ", g.Select(r => r.Word))}")
            .Append($"- {OwnWebPages}: everything else (a municipality's or region's own site, a news page)");
}
