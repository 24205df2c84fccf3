using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Index;

/// <summary>
/// The index: one Lucene index in a folder. A read-only index is one point-in-time searcher,
/// taken from a <see cref="SharedSearcher"/> shared by the process and refreshed at each open after a new commit, so
/// that `serve` sees each commit of an `./archive index` run in another process, and every request
/// reads one consistent commit. Opening checks the stored schema version.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    public const string DefaultPath = "data/index";

    /// <summary>Lucene 4.8 scores with TF-IDF unless told: BM25 on the writer and every searcher.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    private static readonly ConcurrentDictionary<string, SharedSearcher> Managers = new(StringComparer.Ordinal);

    private readonly SharedSearcher? _manager;
    private IndexSearcher? _searcher;

    private ArchiveIndex(string path, LuceneDirectory directory, SharedSearcher? manager, IndexSearcher? searcher)
    {
        Path = path;
        Directory = directory;
        _manager = manager;
        _searcher = searcher;
    }

    public string Path { get; }

    public LuceneDirectory Directory { get; }

    /// <summary>Whether the index has a commit (a writable index has none before its first run).</summary>
    public bool Exists => DirectoryReader.IndexExists(Directory);

    public static ArchiveIndex Open(string path, bool readOnly = false)
    {
        StoredFieldsCodec.Register();
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new IndexException($"{path} is a file, not an index folder (an index of an older version of archive is one SQLite file): delete it and run ./archive index again")
            {
                OtherVersion = true,
            };
        }
        if (readOnly && !System.IO.Directory.Exists(full))
        {
            throw new IndexException($"no index at {path}: run ./archive index FOLDER first");
        }
        if (!readOnly)
        {
            System.IO.Directory.CreateDirectory(full);
            // Buffered reads, not memory maps, for the writer too: merges read whole segments, and mapped they
            // counted in the index run's resident memory (506 MB at 1M items with FSDirectory.Open; BENCHMARKS.md).
            var writable = new ArchiveIndex(full, new NIOFSDirectory(full), null, null);
            if (writable.Exists)
            {
                CheckVersion(path, DirectoryReader.ListCommits(writable.Directory)[^1].UserData);
            }
            else if (System.IO.Directory.EnumerateFileSystemEntries(full).Any(e => !IsLuceneFile(System.IO.Path.GetFileName(e))))
            {
                writable.Dispose();
                throw new IndexException($"{path} is a folder with other files in it, not an index: give --db a new or empty folder");
            }
            return writable;
        }
        var shared = Managers.GetOrAdd(full, _ =>
        {
            // Read through buffered positional reads, not memory maps: reading a hit decompresses its
            // stored fields byte by byte, and Lucene.Net's memory-mapped input pays a checked accessor call
            // for every byte; the buffered input cut the CPU of an export of 2,700 hits by a quarter (BENCHMARKS.md).
            var directory = new LargeBufferDirectory(full);
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                throw new IndexException($"{path} holds no index: run ./archive index FOLDER first");
            }
            return new SharedSearcher(full, directory, new Bm25SearcherFactory());
        });
        IndexSearcher searcher;
        try
        {
            searcher = shared.Acquire(commitData => CheckVersion(path, commitData));
        }
        catch (IOException e)
        {
            throw new IndexException($"cannot read the index {path}: {e.Message}", e);
        }
        return new ArchiveIndex(full, ((DirectoryReader)searcher.IndexReader).Directory, shared, searcher);
    }

    /// <summary>What Lucene leaves in a folder, also after a kill before its first commit.</summary>
    private static bool IsLuceneFile(string name) => name is "write.lock" or "segments.gen" || name.StartsWith("segments_", StringComparison.Ordinal)
        || name.StartsWith("pending_segments_", StringComparison.Ordinal) || name.StartsWith('_');

    private static void CheckVersion(string path, IDictionary<string, string> commitData)
    {
        var version = commitData.TryGetValue(IndexSchema.VersionKey, out var v) ? v : null;
        if (version != IndexSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new IndexException($"{path} has index schema version {version ?? "none"}, this program reads version {IndexSchema.Version}: delete it and run ./archive index again")
            {
                OtherVersion = true,
            };
        }
    }

    /// <summary>The searcher this index reads: the snapshot of a read-only index, the latest commit of a writable one.</summary>
    public IndexSearcher Searcher
    {
        get
        {
            if (_searcher is null)
            {
                if (!Exists)
                {
                    throw new IndexException($"{Path} is empty: run ./archive index FOLDER first");
                }
                _searcher = new IndexSearcher(DirectoryReader.Open(Directory)) { Similarity = Similarity };
            }
            return _searcher;
        }
    }

    /// <summary>How many meetings and agenda items the index holds.</summary>
    public (long Documents, long Items) Counts() => (Count(IndexSchema.MeetingKind), Count(IndexSchema.ItemKind));

    private long Count(string kind)
    {
        var counter = new TotalHitCountCollector();
        Searcher.Search(new TermQuery(new Term(IndexSchema.Kind, kind)), counter);
        return counter.TotalHits;
    }

    /// <summary>Lucene's CheckIndex over the whole index: the problems it finds, none when the index is clean.</summary>
    public IReadOnlyList<string> Check()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var checker = new CheckIndex(Directory) { InfoStream = output };
        var status = checker.DoCheckIndex();
        return status.Clean ? [] : [$"CheckIndex: {(status.MissingSegments ? "missing segments" : $"{status.NumBadSegments} bad segments")}", output.ToString()];
    }

    /// <summary>Forgets the shared searcher of an index folder, before the folder is deleted and built anew.</summary>
    public static void Forget(string path)
    {
        if (Managers.TryRemove(System.IO.Path.GetFullPath(path), out var manager))
        {
            manager.Dispose();
        }
    }

    public void Dispose()
    {
        if (_manager is not null)
        {
            if (_searcher is not null)
            {
                _manager.Release(_searcher);
                _searcher = null;
            }
            return;
        }
        _searcher?.IndexReader.Dispose();
        _searcher = null;
        Directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
