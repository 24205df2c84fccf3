using System.Text.Json.Serialization;

namespace Archive.Cases;

/// <summary>On what ground a step belongs to its case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseBasis>))]
public enum CaseBasis
{
    /// <summary>The item prints the case number.</summary>
    [JsonStringEnumMemberName("number")]
    Number,

    /// <summary>One item's printed history names the other's treatment (forum, date, item number).</summary>
    [JsonStringEnumMemberName("history")]
    History,

    /// <summary>Nearly the same title and recommendation, in another forum of the same municipality, within a year.</summary>
    [JsonStringEnumMemberName("similar")]
    Similar,

    /// <summary>A treatment known only from an item's printed history: no indexed item holds it.</summary>
    [JsonStringEnumMemberName("printedHistory")]
    PrintedHistory,

    /// <summary>The item asked about, whose own history is the whole path.</summary>
    [JsonStringEnumMemberName("item")]
    Item,
}
