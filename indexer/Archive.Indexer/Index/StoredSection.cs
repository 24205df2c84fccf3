using System.Globalization;
using System.Text;

namespace Archive.Index;

/// <summary>A section as stored in the item_texts table.</summary>
public sealed record StoredSection(string Kind, string Text)
{
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
    public static string Body(IEnumerable<StoredSection> sections) =>
        string.Join("\n\n", sections.Where(s => s.Kind != "decision" && s.Text.Length > 0).Select(s => s.Text));
}
