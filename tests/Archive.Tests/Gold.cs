using System.Text.Json;

namespace Archive.Tests;

/// <summary>The hand-written gold annotations of corpus/gold, read for evaluation tests.</summary>
public static class Gold
{
    public sealed record Item(string Number, string Title, string DecisionStart, IReadOnlyList<string> Outcomes);

    public sealed record Document(string Id, string Forum, string? Cluster, string? Date, string Earliest, string Latest, IReadOnlyList<string> Absent, IReadOnlyList<Item> Items);

    public static Document Load(string id)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Repository.Corpus("gold", id + ".json")));
        var root = json.RootElement;
        var items = root.GetProperty("items").EnumerateArray().Select(i => new Item(
            i.GetProperty("number").GetString()!, i.GetProperty("title").GetString()!, i.GetProperty("decisionStartsWith").GetString()!,
            i.GetProperty("outcome").EnumerateArray().Select(o => o.GetString()!).ToList())).ToList();
        return new Document(id, root.GetProperty("forum").GetString()!, root.GetProperty("cluster").GetString(),
            root.GetProperty("date").GetString(), root.GetProperty("dateEarliest").GetString()!, root.GetProperty("dateLatest").GetString()!,
            root.GetProperty("absent").EnumerateArray().Select(a => a.GetString()!).ToList(), items);
    }
}
