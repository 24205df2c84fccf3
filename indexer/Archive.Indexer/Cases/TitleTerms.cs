using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Archive.Analysis;
using Archive.Index;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Cases;

/// <summary>
/// The title field's words per item, uninverted from the index (word ids, not text), and each word's document
/// frequency: what the lookalike search of the case service reads instead of asking Lucene per word and per
/// segment, so that it costs the same however many segments the index has. A segment is uninverted once (on the
/// first case view that reads it); a reader joins its segments' words into one table.
/// </summary>
public sealed class TitleTerms
{
    /// <summary>How many words a title's lookalike search takes (MoreLikeThis's MaxQueryTerms).</summary>
    public const int MaxWords = 8;

    /// <summary>Shorter words are too common to pick a lookalike (MoreLikeThis's MinWordLen).</summary>
    public const int MinWordLength = 3;

    private static readonly DanishLuceneAnalyzer Analyzer = new(AnalyzerOutput.Words);

    private static readonly ConditionalWeakTable<IndexReader, TitleTerms> ByReader = [];
    private static readonly ConditionalWeakTable<object, Segment> BySegment = [];

    // Word ids shared by every index of the process, so that segments of any reader can be joined without renumbering.
    private static readonly ConcurrentDictionary<string, int> Vocabulary = new(StringComparer.Ordinal);
    private static int _nextId;

    private readonly (int DocBase, Segment Words)[] _segments;
    private readonly Dictionary<int, int> _docFreq;
    private readonly int _numDocs;

    private TitleTerms((int DocBase, Segment Words)[] segments, Dictionary<int, int> docFreq, int numDocs)
    {
        _segments = segments;
        _docFreq = docFreq;
        _numDocs = numDocs;
    }

    /// <summary>The largest word id given so far, plus one: the size of an array indexed by word id.</summary>
    public static int WordCount => Volatile.Read(ref _nextId);

    public static TitleTerms For(IndexReader reader) => ByReader.GetValue(reader, Load);

    /// <summary>The ids of the words the title field of a document holds.</summary>
    internal ReadOnlySpan<int> Of(int doc)
    {
        var (low, high) = (0, _segments.Length - 1);
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            (low, high) = _segments[middle].DocBase <= doc ? (middle, high) : (low, middle - 1);
        }
        var (docBase, segment) = _segments[low];
        var local = doc - docBase;
        return segment.Words.AsSpan(segment.Offsets[local], segment.Offsets[local + 1] - segment.Offsets[local]);
    }

    /// <summary>
    /// The words of a title that MoreLikeThis would search for, with their idf: its words (as the title field analyses
    /// them) of <see cref="MinWordLength"/> letters or more that the index holds, the <see cref="MaxWords"/> with the
    /// highest tf × idf (idf as Lucene's DefaultSimilarity, over the reader's live documents), best first, ties as
    /// Lucene's priority queue breaks them. The same choice as MoreLikeThis.RetrieveInterestingTerms, without a
    /// terms-dictionary lookup per word and segment.
    /// </summary>
    public IReadOnlyList<(string Word, int Id, float Idf)> Interesting(string title)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var stream = Analyzer.GetTokenStream(IndexSchema.Title, new StringReader(title)))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var word = term.ToString();
                if (word.Length >= MinWordLength)
                {
                    frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
                }
            }
            stream.End();
        }
        if (frequencies.Count == 0)
        {
            return [];
        }
        var queue = new ScoreQueue(frequencies.Count);
        foreach (var (word, tf) in frequencies)
        {
            if (Vocabulary.TryGetValue(word, out var id) && _docFreq.GetValueOrDefault(id) is var df and > 0)
            {
                var idf = (float)(Math.Log(_numDocs / (double)(df + 1)) + 1.0);
                queue.InsertWithOverflow((word, id, tf * idf, idf));
            }
        }
        var chosen = new List<(string Word, int Id, float Idf)>();
        while (chosen.Count < MaxWords && queue.Count > 0)
        {
            var (word, id, _, idf) = queue.Pop();
            chosen.Add((word, id, idf));
        }
        return chosen;
    }

    private static TitleTerms Load(IndexReader reader)
    {
        var segments = reader.Leaves.Select(leaf => (leaf.DocBase, BySegment.GetValue(leaf.AtomicReader.CoreCacheKey, _ => Segment.Read(leaf.AtomicReader)))).ToArray();
        var docFreq = new Dictionary<int, int>();
        foreach (var (_, segment) in segments)
        {
            foreach (var (id, df) in segment.DocFreq)
            {
                docFreq[id] = docFreq.GetValueOrDefault(id) + df;
            }
        }
        return new TitleTerms(segments, docFreq, reader.NumDocs);
    }

    /// <summary>One segment's title words: per document a slice of word ids, and each word's document frequency.</summary>
    private sealed record Segment(int[] Offsets, int[] Words, (int Id, int DocFreq)[] DocFreq)
    {
        public static Segment Read(AtomicReader reader)
        {
            var n = reader.MaxDoc;
            var (docs, ids, frequencies) = (new List<int>(), new List<int>(), new List<(int, int)>());
            if (reader.GetTerms(IndexSchema.Title) is { } terms)
            {
                var e = terms.GetEnumerator();
                DocsEnum? postings = null;
                while (e.MoveNext())
                {
                    var id = Vocabulary.GetOrAdd(e.Term.Utf8ToString(), _ => Interlocked.Increment(ref _nextId) - 1);
                    frequencies.Add((id, e.DocFreq));
                    postings = e.Docs(null, postings, DocsFlags.NONE);
                    for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                    {
                        docs.Add(doc);
                        ids.Add(id);
                    }
                }
            }
            // A counting sort of the (document, word) pairs by document.
            var offsets = new int[n + 1];
            foreach (var doc in docs)
            {
                offsets[doc + 1]++;
            }
            for (var doc = 0; doc < n; doc++)
            {
                offsets[doc + 1] += offsets[doc];
            }
            var words = new int[ids.Count];
            var next = offsets[..n];
            for (var i = 0; i < docs.Count; i++)
            {
                words[next[docs[i]]++] = ids[i];
            }
            return new Segment(offsets, words, [.. frequencies]);
        }
    }

    /// <summary>Highest score first, as MoreLikeThis's own queue orders its words.</summary>
    private sealed class ScoreQueue(int size) : Lucene.Net.Util.PriorityQueue<(string Word, int Id, float Score, float Idf)>(size)
    {
        protected override bool LessThan((string Word, int Id, float Score, float Idf) a, (string Word, int Id, float Score, float Idf) b) => a.Score > b.Score;
    }
}
