using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Cli;

/// <summary>The JSON that --json prints: the contract's shapes, indented, with æøå unescaped.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static int Print<T>(T value)
    {
        Console.WriteLine(JsonSerializer.Serialize(value, Options));
        return 0;
    }
}
