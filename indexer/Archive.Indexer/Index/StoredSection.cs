using System.Globalization;
using System.Text;
using Archive.Segmentation;

namespace Archive.Index;

/// <summary>
/// A section as stored in the item_texts table. An earlier treatment of the item is stored among
/// them as kind "history", its forum, date and item number on the first lines of the text.
/// </summary>
public sealed record StoredSection(string Kind, string Text)
{
    public const string HistoryKind = "history";

    public static StoredSection Of(Treatment treatment) => new(HistoryKind,
        $"{treatment.Forum}\n{treatment.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n{treatment.ItemNumber}\n{treatment.Text}");

    /// <summary>The earlier treatments among the stored sections, in order.</summary>
    public static List<Treatment> History(IEnumerable<StoredSection> sections) => sections.Where(s => s.Kind == HistoryKind).Select(s =>
    {
        var parts = s.Text.Split('\n', 4);
        if (parts.Length < 4)
        {
            throw new InvalidDataException("a stored earlier treatment is corrupt: delete the index and run ./archive index again");
        }
        DateOnly? date = parts[1].Length == 0 ? null : DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Treatment(parts[0], date, parts[2].Length == 0 ? null : parts[2], parts[3]);
    }).ToList();

    /// <summary>The item's own sections, without its earlier treatments.</summary>
    public static List<StoredSection> Own(IEnumerable<StoredSection> sections) => sections.Where(s => s.Kind != HistoryKind).ToList();

    /// <summary>
    /// Sections as stored: for each, its kind, a space, the length of its text, a line break and
    /// the text as it is. Nothing in the text is escaped, so writing and reading cost a copy.
    /// </summary>
    public static string Serialize(IEnumerable<StoredSection> sections)
    {
        var builder = new StringBuilder();
        foreach (var section in sections)
        {
            builder.Append(section.Kind).Append(' ').Append(section.Text.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(section.Text);
        }
        return builder.ToString();
    }

    public static List<StoredSection> Deserialize(string stored)
    {
        var sections = new List<StoredSection>();
        var at = 0;
        while (at < stored.Length)
        {
            var space = stored.IndexOf(' ', at);
            var newline = space < 0 ? -1 : stored.IndexOf('\n', space);
            if (newline < 0 || !int.TryParse(stored.AsSpan(space + 1, newline - space - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || newline + 1 + length > stored.Length)
            {
                throw new InvalidDataException("the stored sections of an item are corrupt: delete the index and run ./archive index again");
            }
            sections.Add(new StoredSection(stored[at..space], stored.Substring(newline + 1, length)));
            at = newline + 1 + length;
        }
        return sections;
    }

    /// <summary>The text of every section that is not the decision: what snippets are made from besides the decision.</summary>
    public static string Body(IEnumerable<StoredSection> sections)
    {
        var list = sections as IReadOnlyCollection<StoredSection> ?? sections.ToList();
        return string.Join("\n\n", Own(list).Where(s => s.Kind != "decision" && s.Text.Length > 0).Select(s => s.Text)
            .Concat(History(list).Where(h => h.Text.Length > 0).Select(h => h.Text)));
    }
}
