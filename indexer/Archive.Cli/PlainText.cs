using System.Net;

namespace Archive.Cli;

/// <summary>Text helpers for plain output (pipes, files): no escape codes.</summary>
public static class PlainText
{
    /// <summary>A search snippet with its &lt;mark&gt; tags as [brackets] and its HTML entities decoded.</summary>
    public static string Snippet(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal));

    /// <summary>Paragraphs on one line, cut at a length.</summary>
    public static string Shorten(string text, int length)
    {
        var flat = text.Replace("\n\n", " ¶ ", StringComparison.Ordinal).Replace('\n', ' ');
        return flat.Length <= length ? flat : flat[..length] + " …";
    }
}
