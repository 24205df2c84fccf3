using System.Text;

namespace Archive.Cli;

/// <summary>
/// A table for a terminal: box-drawn, its cells wrapped at spaces, styled by ANSI SGR codes that do not
/// count toward widths. Ours rather than Spectre's: a search prints one table and exits, and Spectre's
/// first table cost a third more start-up time than the whole search (BENCHMARKS.md).
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<Span[][]> _rows = [];

    /// <summary>A run of text in one style: SGR parameters such as "1" (bold), "2" (dim) or "1;33", or none.</summary>
    public sealed record Span(string Text, string? Style = null);

    /// <summary>Columns that keep their lines unwrapped, as wide as their widest line.</summary>
    public HashSet<int> NoWrap { get; } = [];

    /// <summary>Adds a row: each cell is a list of spans; a "\n" in a span's text starts a new line.</summary>
    public void AddRow(params Span[][] cells) => _rows.Add(cells);

    public void Write(TextWriter output, int width, bool styled)
    {
        var columns = headers.Length;
        var natural = Enumerable.Range(0, columns)
            .Select(c => _rows.Select(r => Lines(r[c]).Max(LineLength)).Append(headers[c].Length).Max()).ToArray();
        // Borders and padding take 3 characters a column and one more; wrapped columns share the rest.
        var free = Math.Max(columns * 8, width - 3 * columns - 1) - Enumerable.Range(0, columns).Where(NoWrap.Contains).Sum(c => natural[c]);
        var wrapped = Enumerable.Range(0, columns).Where(c => !NoWrap.Contains(c)).ToList();
        var widths = natural.Select((n, c) => NoWrap.Contains(c) ? n : Math.Min(n, Math.Max(8, free / wrapped.Count))).ToArray();
        // What narrow wrapped columns leave over goes to the wider ones.
        var spare = free - wrapped.Sum(c => widths[c]);
        foreach (var c in wrapped.OrderBy(c => natural[c]))
        {
            var extra = Math.Min(spare, natural[c] - widths[c]);
            widths[c] += extra;
            spare -= extra;
        }

        output.WriteLine(Border('╭', '┬', '╮', widths));
        WriteRow(output, headers.Select(h => new[] { new Span(h, "1") }).ToArray(), widths, styled);
        foreach (var row in _rows)
        {
            output.WriteLine(Border('├', '┼', '┤', widths));
            WriteRow(output, row, widths, styled);
        }
        output.WriteLine(Border('╰', '┴', '╯', widths));
    }

    private static void WriteRow(TextWriter output, Span[][] cells, int[] widths, bool styled)
    {
        var wrapped = cells.Select((cell, c) => Lines(cell).SelectMany(line => Wrap(line, widths[c])).ToList()).ToList();
        var height = wrapped.Max(lines => lines.Count);
        for (var i = 0; i < height; i++)
        {
            var text = new StringBuilder("│");
            for (var c = 0; c < cells.Length; c++)
            {
                var line = i < wrapped[c].Count ? wrapped[c][i] : [];
                text.Append(' ');
                foreach (var run in Runs(line))
                {
                    text.Append(styled && run.Style is not null ? $"\u001b[{run.Style}m{run.Text}\u001b[0m" : run.Text);
                }
                text.Append(' ', widths[c] - LineLength(line)).Append(" │");
            }
            output.WriteLine(text.ToString());
        }
    }

    /// <summary>Neighbouring spans of one style joined.</summary>
    private static IEnumerable<Span> Runs(List<Span> line)
    {
        for (var i = 0; i < line.Count;)
        {
            var j = i + 1;
            while (j < line.Count && line[j].Style == line[i].Style)
            {
                j++;
            }
            yield return line[i] with { Text = string.Concat(line.Skip(i).Take(j - i).Select(s => s.Text)) };
            i = j;
        }
    }

    private static string Border(char left, char middle, char right, int[] widths) =>
        left + string.Join(middle, widths.Select(w => new string('─', w + 2))) + right;

    private static int LineLength(List<Span> line) => line.Sum(s => s.Text.Length);

    /// <summary>A cell's spans split into its lines at "\n".</summary>
    private static List<List<Span>> Lines(Span[] cell) => Split(cell, '\n');

    /// <summary>Spans split at a character into groups (lines, words); a group may run across spans.</summary>
    private static List<List<Span>> Split(IEnumerable<Span> spans, char separator)
    {
        var groups = new List<List<Span>> { new() };
        foreach (var span in spans)
        {
            var parts = span.Text.Split(separator);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    groups.Add([]);
                }
                if (parts[i].Length > 0)
                {
                    groups[^1].Add(span with { Text = parts[i] });
                }
            }
        }
        return groups;
    }

    /// <summary>Greedy wrapping at spaces, keeping each piece's style; a word longer than the width is cut.</summary>
    private static List<List<Span>> Wrap(List<Span> line, int width)
    {
        // Words run across spans: a highlight inside a word does not split it.
        var words = Split(line, ' ');
        var lines = new List<List<Span>> { new() };
        var length = 0;
        foreach (var word in words.Where(w => w.Count > 0).SelectMany(w => Cut(w, width)))
        {
            var wordLength = LineLength(word);
            if (length > 0 && length + 1 + wordLength > width)
            {
                lines.Add([]);
                length = 0;
            }
            if (length > 0)
            {
                // A space between two words of one style takes that style, so that the run is written as one.
                lines[^1].Add(new Span(" ", lines[^1][^1].Style == word[0].Style ? word[0].Style : null));
                length++;
            }
            lines[^1].AddRange(word);
            length += wordLength;
        }
        return lines;
    }

    /// <summary>A word in pieces of at most the width.</summary>
    private static IEnumerable<List<Span>> Cut(List<Span> word, int width)
    {
        var piece = new List<Span>();
        var length = 0;
        foreach (var span in word)
        {
            var rest = span.Text;
            while (rest.Length > 0)
            {
                if (length == width)
                {
                    yield return piece;
                    piece = [];
                    length = 0;
                }
                var take = Math.Min(rest.Length, width - length);
                piece.Add(span with { Text = rest[..take] });
                length += take;
                rest = rest[take..];
            }
        }
        yield return piece;
    }
}
