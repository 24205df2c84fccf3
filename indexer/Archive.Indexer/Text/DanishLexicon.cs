namespace Archive.Text;

/// <summary>
/// Known Danish words: Debian's word list (package wdanish, /usr/share/dict/danish) plus the
/// domain words of health-cluster minutes that ship with the library. Lower-case, æøå kept.
/// </summary>
public sealed class DanishLexicon
{
    public const string SystemWordList = "/usr/share/dict/danish";

    private readonly HashSet<string> _words;

    public DanishLexicon(IEnumerable<string> words)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var lower = word.Trim().ToLowerInvariant();
            if (lower.Length > 0)
            {
                _words.Add(lower);
            }
        }
    }

    /// <summary>The lexicon every stage shares; loaded once.</summary>
    public static DanishLexicon Default => LazyDefault.Value;

    /// <summary>False when Debian's word list is missing: compounds are then split only into the shipped domain words.</summary>
    public bool SystemListLoaded { get; private init; }

    public int Count => _words.Count;

    public bool Contains(string lowerWord) => _words.Contains(lowerWord);

    private static readonly Lazy<DanishLexicon> LazyDefault = new(Load);

    private static DanishLexicon Load()
    {
        var words = new List<string>(EmbeddedText.Lines("Text/domain-words.txt"));
        var system = File.Exists(SystemWordList);
        if (system)
        {
            // Entries such as "aftale/S" do not occur in wdanish, but guard anyway.
            words.AddRange(File.ReadLines(SystemWordList).Select(line => line.Split('/')[0]));
        }
        return new DanishLexicon(words) { SystemListLoaded = system };
    }
}
