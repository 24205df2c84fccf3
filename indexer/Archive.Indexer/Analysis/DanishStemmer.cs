using SnowballDanish = Lucene.Net.Tartarus.Snowball.Ext.DanishStemmer;

namespace Archive.Analysis;

/// <summary>
/// The Snowball Danish stemmer as Lucene.Net ships it (managed: no native library to install).
/// A stemmer is not thread-safe: use <see cref="Current"/>, one per thread.
/// </summary>
public sealed class DanishStemmer
{
    private readonly SnowballDanish _snowball = new();

    private DanishStemmer()
    {
    }

    private static readonly ThreadLocal<DanishStemmer> PerThread = new(() => new DanishStemmer());

    public static DanishStemmer Current => PerThread.Value!;

    public string Stem(string lowerWord)
    {
        _snowball.SetCurrent(lowerWord);
        _snowball.Stem();
        return _snowball.Current;
    }
}
