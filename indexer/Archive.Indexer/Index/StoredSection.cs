namespace Archive.Index;

/// <summary>A section as stored in the items table.</summary>
public sealed record StoredSection(string Kind, string Text)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sections as stored: JSON with æøå written as themselves, not as \u escapes.</summary>
    public static string Serialize(IEnumerable<StoredSection> sections) => System.Text.Json.JsonSerializer.Serialize(sections, Json);

    public static List<StoredSection> Deserialize(string json) => System.Text.Json.JsonSerializer.Deserialize<List<StoredSection>>(json, Json) ?? [];

    /// <summary>The text of every section that is not the decision: what snippets are made from besides the decision.</summary>
    public static string Body(IEnumerable<StoredSection> sections) =>
        string.Join("\n\n", sections.Where(s => s.Kind != "decision" && s.Text.Length > 0).Select(s => s.Text));
}
