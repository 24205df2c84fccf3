namespace Archive.Text;

/// <summary>Reads the word lists and patterns that ship inside the library as embedded text files.</summary>
public static class EmbeddedText
{
    /// <summary>The non-empty lines of an embedded file, with '#' comment lines left out.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        using var reader = Open(name);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }
        return lines;
    }

    /// <summary>The whole embedded file as one string.</summary>
    public static string All(string name)
    {
        using var reader = Open(name);
        return reader.ReadToEnd();
    }

    private static StreamReader Open(string name) =>
        new(typeof(EmbeddedText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing"));
}
