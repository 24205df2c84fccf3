using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// Walks an HTML body into lines with the layout signals a browser would show: headings (level,
/// bold, larger font), bold and italic runs, list items (bullet, number, indent), table rows as one
/// line with tab-separated cells, paragraphs and line breaks (<see cref="SourceLine.BlankBefore"/>).
/// </summary>
public sealed partial class HtmlLineBuilder
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
    };

    /// <summary>Browsers' default heading sizes relative to body text (CSS 2 user agent style sheet).</summary>
    private static readonly double[] HeadingRatios = [2.0, 1.5, 1.17, 1.0, 0.83, 0.67];

    /// <summary>A table row whose cells hold longer text than this is read cell by cell, as paragraphs.</summary>
    private const int MaxCellLength = 200;

    /// <summary>A cell this short before a layout cell is a label of its first line (an item number).</summary>
    private const int MaxLabelLength = 12;

    private readonly HtmlChrome _chrome;
    private readonly List<SourceLine> _lines = [];
    private readonly StringBuilder _text = new();
    private Style _first;
    private bool _started;
    private bool _allBold = true;
    private bool _allItalic = true;
    private bool _blankBefore = true;
    private string? _pendingPrefix;
    private bool _pendingBullet;
    private int _flat;

    public HtmlLineBuilder(HtmlChrome chrome) => _chrome = chrome;

    private readonly record struct Style(bool Bold, bool Italic, int Heading, int ListDepth, bool Pre);

    public IReadOnlyList<SourceLine> Build(IElement body)
    {
        Walk(body, default);
        EndBlock();
        return _lines;
    }

    private void Walk(INode node, Style style)
    {
        if (node is IText text)
        {
            Append(text.Data, style);
            return;
        }
        if (node is not IElement element)
        {
            return;
        }
        var name = element.LocalName;
        style = StyleOf(element, name, style);
        if (name == "br")
        {
            LineBreak();
            return;
        }
        if (name == "tr" && _flat == 0 && IsDataRow(element))
        {
            Row(element, style);
            return;
        }
        var block = Blocks.Contains(name);
        if (block)
        {
            EndBlock();
        }
        if (name == "li")
        {
            _pendingBullet = element.ParentElement?.LocalName != "ol";
            _pendingPrefix = _pendingBullet ? null : ListNumber(element) + ". ";
        }
        var children = element.ChildNodes.AsEnumerable();
        if (name == "tr" && _flat == 0)
        {
            children = SkipLabelCells(element);
        }
        foreach (var child in children)
        {
            Walk(child, style);
        }
        if (block)
        {
            EndBlock();
        }
    }

    private static Style StyleOf(IElement element, string name, Style style)
    {
        var heading = name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0'
            : element.GetAttribute("role") == "heading" ? int.TryParse(element.GetAttribute("aria-level"), CultureInfo.InvariantCulture, out var level) ? Math.Clamp(level, 1, 6) : 2
            : style.Heading;
        var css = element.GetAttribute("style") ?? string.Empty;
        return style with
        {
            Heading = heading,
            Bold = style.Bold || heading > 0 || name is "b" or "strong" or "th" || BoldStylePattern().IsMatch(css),
            Italic = style.Italic || name is "i" or "em" || ItalicStylePattern().IsMatch(css),
            ListDepth = style.ListDepth + (name is "ul" or "ol" ? 1 : 0),
            Pre = style.Pre || name == "pre",
        };
    }

    private void Append(string data, Style style)
    {
        if (style.Pre && _flat == 0 && data.Contains('\n', StringComparison.Ordinal))
        {
            var parts = data.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    LineBreak();
                }
                Append(parts[i], style with { Pre = false });
            }
            return;
        }
        var text = WhitespacePattern().Replace(data, " ");
        if (text.Length == 0)
        {
            return;
        }
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (!_started)
            {
                _started = true;
                _first = style;
            }
            _allBold &= style.Bold;
            _allItalic &= style.Italic;
        }
        _text.Append(text);
    }

    /// <summary>A table row of short cells is read as one line, cells separated by tabs; a layout row is read cell by cell.</summary>
    private static bool IsDataRow(IElement row)
    {
        var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
        return cells.Count > 1 && cells.All(c => c.TextContent.Trim().Length <= MaxCellLength
            && c.QuerySelector("table, h1, h2, h3, h4, h5, h6, ul, ol") is null);
    }

    /// <summary>
    /// A layout row that opens with short cells ("1" beside a cell that holds the item's heading and
    /// text): a browser shows them on the heading's line, so they prefix the next line.
    /// </summary>
    private IEnumerable<INode> SkipLabelCells(IElement row)
    {
        var labels = row.Children.TakeWhile(c => c.LocalName is "td" or "th" && c.TextContent.Trim().Length <= MaxLabelLength
            && !c.Descendants<IElement>().Any(d => Blocks.Contains(d.LocalName))).ToList();
        if (labels.Count == 0 || labels.Count == row.Children.Count(c => c.LocalName is "td" or "th"))
        {
            return row.ChildNodes;
        }
        var label = string.Join(' ', labels.Select(c => WhitespacePattern().Replace(c.TextContent, " ").Trim()).Where(t => t.Length > 0));
        EndBlock();
        _pendingPrefix = label.Length > 0 ? label + " " : null;
        return row.ChildNodes.Where(n => n is not IElement e || !labels.Contains(e));
    }

    private void Row(IElement row, Style style)
    {
        EndBlock();
        _flat++;
        foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
        {
            Walk(cell, StyleOf(cell, cell.LocalName, style));
            _text.Append('\t');
        }
        _flat--;
        EndBlock();
    }

    private void LineBreak()
    {
        if (_flat > 0)
        {
            _text.Append(' ');
            return;
        }
        Flush();
    }

    private void EndBlock()
    {
        if (_flat > 0)
        {
            _text.Append(' ');
            return;
        }
        Flush();
        _blankBefore = true;
    }

    private void Flush()
    {
        var cells = _text.ToString().Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0);
        var text = string.Join('\t', cells);
        if (text.Length > 0 && !_chrome.IsChromeLine(text))
        {
            text = _pendingPrefix + text;
            var heading = _first.Heading;
            _lines.Add(new SourceLine(
                TextForm.Normalize(text),
                Page: 1,
                Bold: _allBold,
                Italic: _allItalic,
                HeadingLevel: heading,
                FontRatio: heading > 0 ? HeadingRatios[heading - 1] : 1.0,
                Indent: Math.Max(0, _first.ListDepth - 1) * 4,
                Bullet: _pendingBullet,
                BlankBefore: _blankBefore));
            _blankBefore = false;
            _pendingPrefix = null;
            _pendingBullet = false;
        }
        else if (text.Length > 0)
        {
            _blankBefore = true;
        }
        _text.Clear();
        _started = false;
        _allBold = true;
        _allItalic = true;
    }

    private static int ListNumber(IElement item)
    {
        if (int.TryParse(item.GetAttribute("value"), CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        var list = item.ParentElement!;
        var start = int.TryParse(list.GetAttribute("start"), CultureInfo.InvariantCulture, out var s) ? s : 1;
        var index = list.Children.Where(c => c.LocalName == "li").TakeWhile(c => c != item).Count();
        return start + index;
    }

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"font-weight\s*:\s*(bold|bolder|[6-9]00)", RegexOptions.IgnoreCase)]
    private static partial Regex BoldStylePattern();

    [GeneratedRegex(@"font-style\s*:\s*italic", RegexOptions.IgnoreCase)]
    private static partial Regex ItalicStylePattern();
}
