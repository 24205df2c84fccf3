using System.Text.RegularExpressions;

namespace Archive.Extraction;

/// <summary>
/// Removes the conversion markup that exported minutes carry (Markdown headings, bold and
/// italics, HTML b/i tags, bullets, links, backslash escapes) and keeps it as layout signals.
/// </summary>
public static partial class MarkupStripper
{
    /// <summary>
    /// The characters that the link, HTML-tag, bold, italic, emphasis, lone-asterisk and escape patterns each need at
    /// least one of: '[' (links), '&lt;' (tags, &lt;b&gt;, &lt;strong&gt;), '*' and '_' (bold, italics, emphasis), '\\' (escapes).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> MarkupCharacters = System.Buffers.SearchValues.Create("[<*_\\");

    public static SourceLine Strip(string rawLine, int page, bool blankBefore)
    {
        var indent = rawLine.Length - rawLine.TrimStart(' ').Length;
        var text = rawLine.Trim().TrimEnd('\t');
        text = text.Replace('\u00A0', ' ');

        var heading = 0;
        var headingMatch = HeadingPattern().Match(text);
        if (headingMatch.Success)
        {
            heading = headingMatch.Groups[1].Length;
            text = headingMatch.Groups[2].Value.Trim();
        }

        var bullet = false;
        var bulletMatch = BulletPattern().Match(text);
        if (bulletMatch.Success)
        {
            bullet = true;
            text = bulletMatch.Groups[1].Value;
        }

        // Each of the next eight patterns needs one of the markup characters to match: a line without any (most lines)
        // is what they would leave it, and its emphasis flags are false.
        var bold = false;
        var italic = false;
        if (text.AsSpan().ContainsAny(MarkupCharacters))
        {
            text = LinkPattern().Replace(text, "$1");
            bold = WholeBoldPattern().IsMatch(text);
            text = HtmlTagPattern().Replace(text, string.Empty);
            text = StrongPattern().Replace(text, "$1");
            italic = WholeItalicPattern().IsMatch(text);
            text = EmphasisPattern().Replace(text, "$1");
            text = LoneAsteriskPattern().Replace(text, string.Empty);
            text = EscapePattern().Replace(text, "$1");
        }
        if (text.Contains("  ", StringComparison.Ordinal))
        {
            text = SpacesPattern().Replace(text, " ");
        }
        text = text.Trim();

        return new SourceLine(text, page, bold, italic, heading, 1.0, indent, bullet, blankBefore);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^[-*•]\s+(.*)$")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^(\d{1,3}[.)]\s*)?(\*\*[^*].*\*\*|<b>.*</b>|<strong>.*</strong>)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeBoldPattern();

    [GeneratedRegex(@"</?(b|i|u|em|strong|span|br|p)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTagPattern();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex StrongPattern();

    [GeneratedRegex(@"^(\*[^*\s].*[^*\s]\*|\*[^*\s]\*|_[^_\s].*[^_\s]_)$")]
    private static partial Regex WholeItalicPattern();

    [GeneratedRegex(@"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])")]
    private static partial Regex EmphasisPattern();

    [GeneratedRegex(@"(^\*+(?=\S))|((?<=\S)\*+$)|\*\*")]
    private static partial Regex LoneAsteriskPattern();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|])")]
    private static partial Regex EscapePattern();

    [GeneratedRegex(@"[ ]{2,}")]
    private static partial Regex SpacesPattern();
}
