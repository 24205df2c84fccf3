using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Index;

/// <summary>
/// A read-only index folder's searcher, shared by a process and refreshed when an index run in another
/// process commits. Lucene's own check (<see cref="ReferenceManager{T}.MaybeRefresh"/>) reads the whole
/// commit, every segment's .si file, on every call; here a request first lists the folder's commit
/// files (segments_N, one per commit, N rising) and only refreshes when a newer commit than the one read
/// is there. A server answering many requests between commits opens no file for it.
/// </summary>
internal sealed class SharedSearcher : IDisposable
{
    private readonly string _folder;
    private readonly SearcherManager _manager;

    /// <summary>The reader whose commit was checked last, and that commit's generation (one object, so that threads see both or neither).</summary>
    private volatile CheckedReader? _checked;

    public SharedSearcher(string folder, LuceneDirectory directory, SearcherFactory factory)
    {
        _folder = folder;
        _manager = new SearcherManager(directory, factory);
    }

    /// <summary>
    /// The searcher of the latest commit, acquired (give it back with <see cref="Release"/>); its commit's
    /// user data goes through <paramref name="check"/> once per reader.
    /// </summary>
    public IndexSearcher Acquire(Action<IDictionary<string, string>> check)
    {
        if (LatestGeneration() != _checked?.Generation)
        {
            _manager.MaybeRefresh();
        }
        var searcher = _manager.Acquire();
        try
        {
            if (!ReferenceEquals(_checked?.Reader, searcher.IndexReader))
            {
                var commit = ((DirectoryReader)searcher.IndexReader).IndexCommit;
                check(commit.UserData);
                _checked = new CheckedReader(searcher.IndexReader, commit.Generation);
            }
            return searcher;
        }
        catch
        {
            _manager.Release(searcher);
            throw;
        }
    }

    public void Release(IndexSearcher searcher) => _manager.Release(searcher);

    /// <summary>The newest commit in the folder: the highest N of its segments_N files; -1 when there is none.</summary>
    private long LatestGeneration() => SegmentInfos.GetLastCommitGeneration(
        System.IO.Directory.GetFiles(_folder, IndexFileNames.SEGMENTS + "_*").Select(Path.GetFileName).ToArray());

    public void Dispose() => _manager.Dispose();

    private sealed record CheckedReader(IndexReader Reader, long Generation);
}
