namespace Archive.Extraction;

/// <summary>Reads .txt and .md minutes: encoding detection, markup stripped into layout signals, one line per paragraph.</summary>
public static class TextExtractor
{
    public static IReadOnlyList<SourceLine> Extract(ReadOnlySpan<byte> bytes)
    {
        var (text, _) = TextDecoder.Decode(bytes);
        var lines = new List<SourceLine>();
        var page = 1;
        var blank = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Contains('\f', StringComparison.Ordinal))
            {
                page += line.Count(c => c == '\f');
                line = line.Replace("\f", string.Empty, StringComparison.Ordinal);
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                blank = true;
                continue;
            }
            var stripped = MarkupStripper.Strip(line, page, blank);
            blank = false;
            if (stripped.Text.Length > 0)
            {
                lines.Add(stripped);
            }
        }
        if (lines.Count == 0)
        {
            throw new ExtractionException("empty file: no text");
        }
        return lines;
    }
}
