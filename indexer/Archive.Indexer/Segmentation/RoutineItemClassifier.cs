using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>Tells standing items ("Godkendelse af dagsorden", "Eventuelt", "Meddelelser") from substantive ones, by the patterns in routine-items.txt.</summary>
public sealed class RoutineItemClassifier
{
    private static readonly Lazy<IReadOnlyList<Regex>> Patterns = new(() => EmbeddedText.Lines("Segmentation/routine-items.txt")
        .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Text.PatternLimits.MatchTimeout)).ToList());

    public static bool IsRoutine(string title)
    {
        var trimmed = title.Trim();
        return Patterns.Value.Any(p => p.IsMatch(trimmed));
    }
}
