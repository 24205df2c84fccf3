using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>
/// The municipality or region whose minutes these are, where the minutes name it: "Greve Kommune",
/// "Region Midtjylland", or a council named by its town ("Odense Byråd"). The one the header names;
/// else the one the text names most often, where it stands out. Names come from organisations.txt.
/// </summary>
public static partial class OrganisationReader
{
    private const int MinRegionMentions = 3;

    private const double Dominance = 1.5;

    private static readonly Lazy<Dictionary<string, string>> Names = new(Load);

    public static string? Read(IReadOnlyList<string> header, IReadOnlyList<string> body)
    {
        var inHeader = header.SelectMany(Named).Distinct(StringComparer.Ordinal).ToList();
        var counts = header.Concat(body).SelectMany(Named).GroupBy(n => n, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count()))
            // A region named in passing (a grant, a partner) in a municipality's minutes is not theirs: a region needs three mentions.
            .Where(g => inHeader.Contains(g.Name) || g.Count >= (g.Name.StartsWith("Region ", StringComparison.Ordinal) ? MinRegionMentions : 1))
            .Where(g => inHeader.Count == 0 || inHeader.Contains(g.Name))
            .OrderByDescending(g => g.Count).ToList();
        if (inHeader.Count == 1)
        {
            return inHeader[0];
        }
        // Among several, the one named must stand out; a header naming several about equally (a cluster's
        // steering group of region and municipalities) is a joint body's, with no one organisation.
        return counts.Count > 0 && (counts.Count == 1 || counts[0].Count >= Dominance * counts[1].Count) ? counts[0].Name : null;
    }

    /// <summary>The organisations of organisations.txt that a line names, in order.</summary>
    private static IEnumerable<string> Named(string line) =>
        MentionPattern().Matches(line).Select(m => Names.Value.GetValueOrDefault((m.Groups["r"].Success ? "Region " : string.Empty) + m.Groups["n"].Value))
            .OfType<string>();

    /// <summary>Each organisation under its full name and, for a municipality, its town ("Greve", "Københavns").</summary>
    private static Dictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in EmbeddedText.Lines("Segmentation/organisations.txt"))
        {
            names[name.StartsWith("Region ", StringComparison.Ordinal) ? name : name.Split(' ')[0]] = name;
        }
        return names;
    }

    // A name starts with a capital (or is all capitals): "vejen kommune" in running text is no municipality.
    [GeneratedRegex(@"(?<![\p{L}-])(?:(?<n>(?-i:\p{Lu})[\p{L}-]+)\s+(?:regions)?(?:kommunes?|byråd(?:et|s)?|kommunalbestyrelse[ns]?|borgerrepræsentation(?:en)?)|(?<r>region)\s+(?<n>(?-i:\p{Lu})\p{L}+?)s?)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex MentionPattern();
}
