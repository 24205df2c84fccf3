using System.Globalization;
using System.Text;
using System.Xml;

namespace Archive.Extraction;

/// <summary>Parses the XML of `pdftohtml -xml` into positioned text fragments and page sizes.</summary>
public static class PdfXmlReader
{
    public static (IReadOnlyList<PdfFragment> Fragments, IReadOnlyDictionary<int, double> PageHeights) Read(string xml)
    {
        var fragments = new List<PdfFragment>();
        var heights = new Dictionary<int, double>();
        var fontSizes = new Dictionary<string, double>(StringComparer.Ordinal);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, CheckCharacters = false, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var page = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                switch (reader.Name)
                {
                    case "page":
                        page = Int(reader, "number");
                        heights[page] = Num(reader, "height");
                        break;
                    case "fontspec":
                        fontSizes[reader.GetAttribute("id") ?? string.Empty] = Num(reader, "size");
                        break;
                    case "text":
                        var top = Num(reader, "top");
                        var left = Num(reader, "left");
                        var width = Num(reader, "width");
                        var height = Num(reader, "height");
                        var size = fontSizes.GetValueOrDefault(reader.GetAttribute("font") ?? string.Empty, height);
                        var (text, bold, italic) = ReadContent(reader);
                        if (text.Trim().Length > 0)
                        {
                            fragments.Add(new PdfFragment(page, top, left, width, height, size, bold, italic, text));
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw new ExtractionException($"unreadable pdftohtml output: {e.Message}", e);
        }
        return (fragments, heights);
    }

    private static (string Text, bool Bold, bool Italic) ReadContent(XmlReader reader)
    {
        var text = new StringBuilder();
        int boldChars = 0, italicChars = 0, allChars = 0;
        if (reader.IsEmptyElement)
        {
            return (string.Empty, false, false);
        }
        var depth = reader.Depth;
        var inBold = 0;
        var inItalic = 0;
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "b":
                    inBold++;
                    break;
                case XmlNodeType.Element when reader.Name == "i":
                    inItalic++;
                    break;
                case XmlNodeType.EndElement when reader.Name == "b":
                    inBold--;
                    break;
                case XmlNodeType.EndElement when reader.Name == "i":
                    inItalic--;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    var value = reader.Value;
                    text.Append(value);
                    var letters = value.Count(c => !char.IsWhiteSpace(c));
                    allChars += letters;
                    if (inBold > 0)
                    {
                        boldChars += letters;
                    }
                    if (inItalic > 0)
                    {
                        italicChars += letters;
                    }
                    break;
                default:
                    break;
            }
        }
        return (text.ToString(), allChars > 0 && boldChars == allChars, allChars > 0 && italicChars == allChars);
    }

    private static double Num(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static int Int(XmlReader reader, string name) => (int)Num(reader, name);
}
