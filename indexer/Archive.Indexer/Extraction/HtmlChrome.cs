using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// Site chrome in web pages of minutes: navigation, cookie banners, breadcrumbs and
/// page controls ("Til toppen", "Fold alle ud"). The lists live in html-chrome.txt.
/// </summary>
public sealed partial class HtmlChrome
{
    private readonly HashSet<string> _elements = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _markers = [];
    private readonly HashSet<string> _texts = new(StringComparer.OrdinalIgnoreCase);

    private HtmlChrome()
    {
        foreach (var line in EmbeddedText.Lines("Extraction/html-chrome.txt"))
        {
            var (kind, value) = line.Split('\t', 2) is [var k, var v] ? (k, v.Trim()) : throw new InvalidOperationException($"html-chrome.txt: no tab in '{line}'");
            var target = kind switch
            {
                "element" => _elements,
                "role" => _roles,
                "text" => _texts,
                "marker" => null,
                _ => throw new InvalidOperationException($"html-chrome.txt: unknown kind '{kind}'"),
            };
            if (target is null)
            {
                _markers.Add(value);
            }
            else
            {
                target.Add(value);
            }
        }
    }

    public static HtmlChrome Default { get; } = new();

    /// <summary>Removes every chrome element (with its content) below <paramref name="root"/>.</summary>
    public void Remove(IElement root)
    {
        foreach (var element in root.Descendants<IElement>().Where(IsChrome).ToList())
        {
            element.Remove();
        }
    }

    /// <summary>A line that only names controls of the page ("Fold alle ud | Print"), or a breadcrumb trail.</summary>
    public bool IsChromeLine(string text) =>
        BreadcrumbPattern().IsMatch(text)
        || ControlSeparatorPattern().Split(text).Select(p => p.Trim(' ', '↑', '^', '»', '«', '›', '‹', '>', '<', '+', '-', '–')).Where(p => p.Length > 0)
            .All(_texts.Contains);

    private bool IsChrome(IElement element)
    {
        var name = element.LocalName;
        if (_elements.Contains(name))
        {
            // A page's own header and footer are chrome; an article's header holds its title.
            return name is not ("header" or "footer") || element.Closest("main, article, [role=main]") is null;
        }
        // Hidden elements stay: collapsed accordion panels ("Fold alle ud") hold the minutes themselves.
        if (element.GetAttribute("role") is { } role && _roles.Contains(role))
        {
            return true;
        }
        var names = $"{element.Id} {element.ClassName}";
        return _markers.Exists(m => names.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\s[|·•]\s|\t")]
    private static partial Regex ControlSeparatorPattern();

    [GeneratedRegex(@"^\s*(du er her\s*:|(forside|hjem)\s*[>›»/|])", RegexOptions.IgnoreCase)]
    private static partial Regex BreadcrumbPattern();
}
