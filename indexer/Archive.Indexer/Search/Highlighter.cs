using System.Text;
using Archive.Analysis;

namespace Archive.Search;

/// <summary>
/// Makes a snippet of the original text with &lt;mark&gt; around each word that matches the
/// query through analysis: an inflection or a compound that contains the query term is marked
/// whole. Everything else is HTML-escaped.
/// </summary>
public sealed class Highlighter
{
    private readonly QueryWordAnalyzer _analyzer;

    public Highlighter(QueryWordAnalyzer analyzer) => _analyzer = analyzer;

    public int Window { get; init; } = 32;

    public string Snippet(string text, IReadOnlyList<TermNode> terms)
    {
        // Without query terms nothing is marked and the snippet is the text's start: one window (and
        // one token to tell whether the text goes on) is all that is needed of a long text.
        var tokens = (terms.Count == 0 ? DanishTokenizer.Tokenize(text).Take(Window + 1) : DanishTokenizer.Tokenize(text)).ToList();
        if (tokens.Count == 0)
        {
            return string.Empty;
        }
        var matches = tokens.Select(t => Matches(t.Text, terms)).ToArray();
        var best = 0;
        var bestCount = -1;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!matches[start])
            {
                continue;
            }
            var count = 0;
            for (var k = start; k < Math.Min(tokens.Count, start + Window); k++)
            {
                count += matches[k] ? 1 : 0;
            }
            if (count > bestCount)
            {
                (best, bestCount) = (start, count);
            }
        }
        var first = Math.Max(0, best - Window / 4);
        var last = Math.Min(tokens.Count - 1, first + Window - 1);
        var from = first == 0 ? 0 : tokens[first].Start;
        var to = last == tokens.Count - 1 ? text.Length : tokens[last].Start + tokens[last].Length;

        var snippet = new StringBuilder();
        if (first > 0)
        {
            snippet.Append("… ");
        }
        var position = from;
        for (var k = first; k <= last; k++)
        {
            if (!matches[k])
            {
                continue;
            }
            snippet.Append(Escape(text[position..tokens[k].Start]));
            snippet.Append("<mark>").Append(Escape(tokens[k].Text)).Append("</mark>");
            position = tokens[k].Start + tokens[k].Length;
        }
        snippet.Append(Escape(text[position..to]));
        if (to < text.Length)
        {
            snippet.Append(" …");
        }
        return snippet.ToString();
    }

    private bool Matches(string word, IReadOnlyList<TermNode> terms)
    {
        if (terms.Count == 0)
        {
            return false;
        }
        string? lower = null;
        foreach (var term in terms)
        {
            if (term.Prefix)
            {
                lower ??= word.TrimEnd('-').ToLowerInvariant();
                if (lower.StartsWith(term.Term, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            else if (_analyzer.HasTerm(word, term.Term))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Escapes only what HTML needs (&amp; &lt; &gt; and quotes), so æøå stay readable in JSON and exports.</summary>
    public static string Escape(string text) => text.Replace("\n\n", " ¶ ", StringComparison.Ordinal).Replace('\n', ' ')
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
