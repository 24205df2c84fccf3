using System.Text.Json;

namespace Archive.Training;

/// <summary>
/// A hand-written gold annotation of one meeting (corpus/gold/*.json, corpus/real/gold/*.json):
/// what evaluation compares the segmenter and the outcome model with. Never written from the product's output.
/// </summary>
public sealed record GoldMeeting(string Id, string Organisation, string System, string? Date, string? Earliest, string? Latest, IReadOnlyList<GoldMeeting.Item> Items)
{
    /// <summary>The minutes system's family (<see cref="SystemFamily"/>), what leave-one-system-out holds out.</summary>
    public string Family => SystemFamily.Of(System);

    public sealed record Item(string Number, string Title, string DecisionStart, IReadOnlyList<string> Outcomes);

    /// <summary>Every gold file of the folder that has items, in name order. Organisation defaults to the id's first word.</summary>
    public static List<GoldMeeting> LoadFolder(string folder) => !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.json")
        .Order(StringComparer.Ordinal).Select(Load).OfType<GoldMeeting>().ToList();

    public static GoldMeeting? Load(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        if (!root.TryGetProperty("items", out var items) || !root.TryGetProperty("document", out var document))
        {
            return null;
        }
        var id = document.GetString()!;
        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new GoldMeeting(id, Text("organisation") ?? id.Split('-', '_')[0], Text("system") ?? string.Empty, Text("date"), Text("dateEarliest"), Text("dateLatest"),
            items.EnumerateArray().Select(i => new Item(
                i.GetProperty("number").GetString()!, i.GetProperty("title").GetString()!,
                i.TryGetProperty("decisionStartsWith", out var start) ? start.GetString() ?? string.Empty : string.Empty,
                i.GetProperty("outcome").EnumerateArray().Select(o => o.GetString()!).ToList())).ToList());
    }
}
