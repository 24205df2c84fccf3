using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// Runs a query over the index's segments into a <see cref="MatchCollector"/>, as Lucene's searcher
/// does, but a wide query on two threads: the widest queries at a million items spend 30–40 ms of CPU
/// matching and scoring every hit, and a query's latency is what a user waits for. The smallest
/// segments are collected first, on the calling thread; when their matches project a wide query over
/// the whole index, the other segments are split in two groups that even out the work, one collected
/// by a helper thread into a fork of the collector, then merged (exactly: see <see cref="MatchCollector.Merge"/>).
/// A narrow query does no more than before. Only one query at a time in the process gets the helper,
/// and only while no other query runs: many clients at once already keep the cores busy. Excluded parts
/// are taken out of each segment's accepted documents before it is matched (<see cref="LuceneQueryBuilder.Split"/>).
/// </summary>
internal static class SegmentMatcher
{
    /// <summary>
    /// From this many matches projected over the index, a query is worth a second thread: about 1 ms of CPU,
    /// against tens of microseconds to start the helper and merge. (At 100k items the tail, `psykiatri -børn`
    /// and `hjemløse OR udsatte`, has 21–24k matches.)
    /// </summary>
    private const long WideMatches = 16_000;

    /// <summary>The share of the index (1/n of its documents) the first, smallest segments make up at least before the estimate.</summary>
    private const int ProbeShare = 50;

    /// <summary>Queries running in this process.</summary>
    private static int s_running;

    /// <summary>1 while a query of this process has the helper thread.</summary>
    private static int s_helping;

    /// <summary>
    /// Collects the matches of <paramref name="query"/> that match none of <paramref name="excluded"/> (unscored
    /// queries: their documents are taken out before matching, as deleted ones are).
    /// </summary>
    public static void Run(IndexSearcher searcher, Query query, IReadOnlyList<Query> excluded, MatchCollector collector, SegmentParallelism parallelism)
    {
        Interlocked.Increment(ref s_running);
        try
        {
            var weights = new Weights(searcher.CreateNormalizedWeight(query), excluded.Select(searcher.CreateNormalizedWeight).ToList());
            var leaves = searcher.IndexReader.Leaves.OrderBy(l => l.AtomicReader.MaxDoc).ThenBy(l => l.DocBase).ToList();
            long total = searcher.IndexReader.MaxDoc;
            var (probed, probedDocs) = (0, 0L);
            while (parallelism != SegmentParallelism.Always && probed < leaves.Count && (probedDocs == 0 || probedDocs * ProbeShare < total))
            {
                Collect(weights, leaves[probed], collector);
                probedDocs += leaves[probed].AtomicReader.MaxDoc;
                probed++;
            }
            var rest = leaves.Skip(probed).OrderByDescending(l => l.AtomicReader.MaxDoc).ThenBy(l => l.DocBase).ToList();
            if (rest.Count < 2 || !TakeHelper(parallelism, collector.Seen * total >= WideMatches * Math.Max(1, probedDocs)))
            {
                foreach (var leaf in rest)
                {
                    Collect(weights, leaf, collector);
                }
                return;
            }
            try
            {
                RunInTwo(weights, rest, collector, probedDocs);
            }
            finally
            {
                if (parallelism == SegmentParallelism.Auto)
                {
                    Volatile.Write(ref s_helping, 0);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref s_running);
        }
    }

    /// <summary>Whether this query goes on two threads: asked to, or wide while it runs alone and the helper is free (then taken).</summary>
    private static bool TakeHelper(SegmentParallelism parallelism, bool wide) => parallelism switch
    {
        SegmentParallelism.Always => true,
        SegmentParallelism.Never => false,
        _ => wide && Volatile.Read(ref s_running) == 1 && Interlocked.CompareExchange(ref s_helping, 1, 0) == 0,
    };

    /// <summary>
    /// Collects the segments in two groups, one on a helper thread into a fork, and merges the fork into
    /// <paramref name="collector"/>. Each segment, largest first, goes to the group with fewer documents
    /// so far, where the caller's counts the <paramref name="collected"/> documents it has collected already.
    /// </summary>
    private static void RunInTwo(Weights weights, List<AtomicReaderContext> leaves, MatchCollector collector, long collected)
    {
        var (mine, theirs) = (new List<AtomicReaderContext>(), new List<AtomicReaderContext>());
        var (myDocs, theirDocs) = (collected, 0L);
        foreach (var leaf in leaves)
        {
            if (myDocs <= theirDocs)
            {
                mine.Add(leaf);
                myDocs += leaf.AtomicReader.MaxDoc;
            }
            else
            {
                theirs.Add(leaf);
                theirDocs += leaf.AtomicReader.MaxDoc;
            }
        }
        var fork = collector.Fork();
        var helper = Task.Run(() =>
        {
            foreach (var leaf in theirs)
            {
                Collect(weights, leaf, fork);
            }
        });
        try
        {
            foreach (var leaf in mine)
            {
                Collect(weights, leaf, collector);
            }
        }
        finally
        {
            // The helper reads the same searcher: it must be done before the caller may release it, also after a failure here.
            helper.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Wait();
        }
        helper.GetAwaiter().GetResult();
        collector.Merge(fork);
    }

    /// <summary>One segment's matches into the collector, as <see cref="IndexSearcher"/> collects them, but for the excluded documents.</summary>
    private static void Collect(Weights weights, AtomicReaderContext leaf, MatchCollector collector)
    {
        collector.SetNextReader(leaf);
        var accepted = weights.Excluded.Count == 0 ? leaf.AtomicReader.LiveDocs : Accepted(weights.Excluded, leaf);
        weights.Query.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, accepted)?.Score(collector);
    }

    /// <summary>The segment's live documents that match none of the excluded queries.</summary>
    private static AcceptedDocs Accepted(IReadOnlyList<Weight> excluded, AtomicReaderContext leaf)
    {
        var excludedDocs = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        foreach (var weight in excluded)
        {
            if (weight.GetScorer(leaf, null) is not { } scorer)
            {
                continue;
            }
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                excludedDocs.Set(doc);
            }
        }
        return new AcceptedDocs(leaf.AtomicReader.LiveDocs, excludedDocs);
    }

    /// <summary>The query's weight and the excluded queries' weights, made once for every segment.</summary>
    private sealed record Weights(Weight Query, IReadOnlyList<Weight> Excluded);

    /// <summary>Documents that are live (or all, without deletions) and not excluded.</summary>
    private sealed class AcceptedDocs(IBits? live, FixedBitSet excluded) : IBits
    {
        public int Length => excluded.Length;

        public bool Get(int index) => !excluded.Get(index) && (live is null || live.Get(index));
    }
}
