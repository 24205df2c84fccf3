using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>Collects every match of a query with its score, document numbers ascending: facets and exports need all hits, not the top k.</summary>
internal sealed class HitCollector : ICollector
{
    private readonly bool _scores;
    private Scorer? _scorer;
    private int _docBase;

    public HitCollector(bool scores) => _scores = scores;

    public int[] Docs { get; private set; } = new int[64];

    public double[] Scores { get; private set; } = new double[64];

    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        if (Count == Docs.Length)
        {
            Docs = Grow(Docs);
            Scores = Grow(Scores);
        }
        Docs[Count] = _docBase + doc;
        Scores[Count++] = _scores ? Math.Round(_scorer!.GetScore(), 3) : 0;
    }

    private static T[] Grow<T>(T[] array)
    {
        var bigger = new T[array.Length * 2];
        Array.Copy(array, bigger, array.Length);
        return bigger;
    }
}
