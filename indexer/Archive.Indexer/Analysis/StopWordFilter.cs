using Archive.Text;

namespace Archive.Analysis;

/// <summary>Drops the Danish stop words of danish-stopwords.txt (Snowball's list less the words that matter in minutes).</summary>
public sealed class StopWordFilter
{
    private static readonly Lazy<HashSet<string>> Words = new(() => new HashSet<string>(EmbeddedText.Lines("Analysis/danish-stopwords.txt"), StringComparer.Ordinal));

    public bool IsStopWord(string lowerWord) => Words.Value.Contains(lowerWord);
}
