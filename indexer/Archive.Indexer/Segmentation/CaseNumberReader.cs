using System.Text.RegularExpressions;
using Archive.Extraction;

namespace Archive.Segmentation;

/// <summary>
/// Reads the case numbers (journal numbers) printed for an agenda item, as printed: after a label
/// (`Sagsnr.`, `Sag nr.`, `Sagsnummer`, `J.nr.`, `Journalnr.`, `Sagsid`, `Sags-ID`), or alone on a line in a
/// journal form (`15/34881`, `00.01.00-A00-1-20`, `EMN-2024-001234`, `306-2019-263412`, `21-014420`, `050527-2012`).
/// <see cref="Key"/> gives the normalised key under which the same case written two ways is one case.
/// </summary>
public static partial class CaseNumberReader
{
    /// <summary>
    /// The case line Net-Hotel PolWeb prints under each heading, its numbers lost in some transcripts ("Sag: 13/1234 Dok: 56/13
    /// Initialer: MBA Åbent", "Sag Dok Initialer: MBA Åbent"): a regular expression, shared by the rules that split, score and read it.
    /// </summary>
    public const string PolWebCaseLine = @"Sag\b.{0,60}?\bDok\b.{0,60}?\bInitialer:.{0,40}?\b(?:Åbent|Lukket)\b";

    /// <summary>How many lines before a heading a number printed above it may stand (minutes systems print it there).</summary>
    private const int LinesAbove = 2;

    /// <summary>
    /// The case numbers of the item whose heading is at <paramref name="heading"/> and whose text runs to
    /// <paramref name="end"/> (the next heading, or the end of the lines): those of the first line that prints any,
    /// each once. A number printed alone on one of the last lines before the next heading belongs to that next item.
    /// </summary>
    public static IReadOnlyList<string> Read(IReadOnlyList<SourceLine> lines, int heading, int end)
    {
        var from = heading;
        for (var i = heading - 1; i >= Math.Max(0, heading - LinesAbove) && StandsAlone(lines[i].Text); i--)
        {
            from = i;
        }
        var to = end;
        for (var i = end - 1; end < lines.Count && i > heading && i >= end - LinesAbove && StandsAlone(lines[i].Text); i--)
        {
            to = i;
        }
        // The item's own numbers are the first that it prints (its case field, near the heading). Numbers further down
        // are references to other cases, or the fields of items the segmenter did not split off: never this item's.
        // A number followed by the page number is the page header's: the meeting's document number.
        for (var i = from; i < to; i++)
        {
            if (BesideAnotherHeading(lines, i, heading) || (StandsAlone(lines[i].Text) && i + 1 < lines.Count && PageMarkerPattern().IsMatch(lines[i + 1].Text)))
            {
                continue;
            }
            var next = i + 1 < to ? lines[i + 1].Text : null;
            var found = InLine(lines[i].Text, next).DistinctBy(Key).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }
        return [];
    }

    /// <summary>
    /// A case-number line right above or below a line that reads like a numbered heading other than the item's own
    /// ("125. Godkendelse af dagsorden", "4 Opfølgende indstilling …"): the field of an item the segmenter did not
    /// split off, never this item's. Within two lines under the item's own heading a number is the item's, whatever
    /// follows it (a numbered decision: "2. Orienteringen tages til efterretning.").
    /// </summary>
    private static bool BesideAnotherHeading(IReadOnlyList<SourceLine> lines, int i, int heading) =>
        StandsAlone(lines[i].Text) && (i < heading || i > heading + 2)
        && ((i - 1 > heading && NumberedHeadingPattern().IsMatch(lines[i - 1].Text)) || (i + 1 < lines.Count && i + 1 != heading && NumberedHeadingPattern().IsMatch(lines[i + 1].Text)));

    /// <summary>The case numbers one line prints; a label ending the line takes its value from the next line.</summary>
    public static IEnumerable<string> InLine(string line, string? next = null)
    {
        var text = line.Trim();
        if (Bare(text) is { } bare)
        {
            yield return bare;
            yield break;
        }
        foreach (Match label in LabelPattern().Matches(text))
        {
            var rest = text[(label.Index + label.Length)..].TrimStart();
            if (rest.Length == 0 && next is not null)
            {
                rest = next.Trim();
            }
            if (Value(rest) is { } value)
            {
                yield return value;
            }
        }
        foreach (Match match in DistinctivePattern().Matches(text))
        {
            yield return match.Value;
        }
    }

    /// <summary>
    /// The key of a case number: upper case (æøå kept, never folded), without a label's trailing
    /// punctuation, dashes of any kind made '-', white space between parts made '-', and the KLE group
    /// joined to its facet with '-' ("00.22.00G01-0002" and "00.22.00-G01-0002" are one case).
    /// Leading zeros are kept: "24-024921" and "24-24921" may well be two cases.
    /// </summary>
    public static string Key(string printed)
    {
        var key = printed.Trim().TrimEnd('.', ',', ';', ':').ToUpperInvariant().Replace('–', '-').Replace('—', '-');
        key = SpacePattern().Replace(key, "-");
        return KleFacetPattern().Replace(key, "$1-$2");
    }

    /// <summary>Whether a query's value is a case number at all (it has digits and only the characters case numbers use).</summary>
    public static bool LooksLikeCaseNumber(string value) => value.Any(char.IsAsciiDigit) && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '/' or '-' or ' ');

    /// <summary>Whether the line holds a case number and nothing else (labelled or bare): such a line above a heading belongs to it.</summary>
    private static bool StandsAlone(string line)
    {
        var text = line.Trim();
        if (Bare(text) is not null)
        {
            return true;
        }
        var label = LabelPattern().Match(text);
        return label.Success && label.Index == 0 && Value(text[label.Length..].TrimStart()) is { } value && text[label.Length..].Trim().TrimEnd('.') == value;
    }

    private static string? Bare(string text) => BarePattern().IsMatch(text) && !DatePattern().IsMatch(text) ? text : null;

    /// <summary>The value after a label: one token with at least four digits (fewer is an item number: "Sag nr. 12"), never a date.</summary>
    private static string? Value(string rest)
    {
        var match = ValuePattern().Match(rest);
        if (!match.Success)
        {
            return null;
        }
        var value = match.Value.TrimEnd('.', '-', '/');
        return value.Count(char.IsAsciiDigit) >= 4 && !DatePattern().IsMatch(value) ? value : null;
    }

    [GeneratedRegex(@"\b(?:sags?\s?-?\s?(?:nr|nummer|id)|sag\s+nr|j\.\s?nr|jnr|journal\s?-?(?:nr|nummer))\b\.?(?:\s*/\s*dok\.?\s*nr\.?)?\s*[:.]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^[A-ZÆØÅ]{0,5}-?\d[\dA-ZÆØÅ./-]*", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePattern();

    /// <summary>Journal forms that stand alone on a line: KLE numbers, system prefixes, year-serial forms.</summary>
    [GeneratedRegex(@"^(?:\d{2}/\d{3,7}|\d{2}\.\d{2}\.\d{2}-?[A-ZÆØÅ]\d{2}(?:-\d{1,6}){1,3}|[A-ZÆØÅ]{2,5}-\d{4}-\d{3,8}|\d{3}-\d{4}-\d{4,8}|\d{2}-\d{5,7}[A-Z]?|\d{6}-(?:19|20)\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex BarePattern();

    /// <summary>
    /// The form no date, amount or phone number takes, read anywhere in the text: KLE numbers with a facet. (System
    /// prefixes such as MOD-2020-00240 also name meetings and documents in page headers: only labelled or alone.)
    /// </summary>
    [GeneratedRegex(@"(?<![\w./-])\d{2}\.\d{2}\.\d{2}-?[A-ZÆØÅ]\d{2}(?:-\d{1,6}){1,3}(?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex DistinctivePattern();

    [GeneratedRegex(@"^\s*(?:[Pp]unkt\s+|[Pp]kt\.\s*)?\d{1,3}(?:\.|\s*:)?(?:\s+\p{Lu}.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeadingPattern();

    [GeneratedRegex(@"^\s*[Ss]ide\s+\d+(?:\s+af\s+\d+)?\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageMarkerPattern();

    [GeneratedRegex(@"^\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<=[\p{L}\d])\s+(?=[\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"^(\d{2}\.\d{2}\.\d{2})([A-ZÆØÅ]\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex KleFacetPattern();
}
