using System.Globalization;
using Archive.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneWriter = Lucene.Net.Index.IndexWriter;

namespace Archive.Index;

/// <summary>
/// Writes documents into the index in batches: every change waits in Lucene's writer until
/// <see cref="Commit"/>, so that a crash or a kill leaves each meeting either wholly in or wholly out
/// (a meeting and its items are replaced together with UpdateDocuments). Disposing without committing
/// rolls the batch back. The file registry (path, content hash, rendering) is read once and kept in
/// memory beside the writer, so that the ingester's questions never need a reader.
/// </summary>
public sealed class IndexWriter : IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly LuceneWriter _writer;
    private readonly Dictionary<string, (string DocumentId, string Hash, string Format)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string File, string Format)> _primary = new(StringComparer.Ordinal);
    private readonly ReusableFields _fields = new();
    private Task _committing = Task.CompletedTask;
    private volatile bool _failed;

    public IndexWriter(ArchiveIndex index)
    {
        _index = index;
        var analyzer = new PerFieldAnalyzerWrapper(new DanishLuceneAnalyzer(AnalyzerOutput.Words),
            new Dictionary<string, Lucene.Net.Analysis.Analyzer>
            {
                [IndexSchema.Parts] = new DanishLuceneAnalyzer(AnalyzerOutput.Parts),
                [IndexSchema.Spelling] = new DanishLuceneAnalyzer(AnalyzerOutput.Surface),
            });
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = ArchiveIndex.Similarity,
            // Room for most of a batch (ArchiveIngester.BatchItems). A 1M-item run peaked at 368 MB with 64 MB here, and
            // at 310 MB with 48 MB together with blocking collections (IndexCommand), for no more CPU; the two were
            // measured together, not apart (BENCHMARKS.md).
            RAMBufferSizeMB = 48,
            Codec = new StoredFieldsCodec(),
        };
        var exists = index.Exists;
        _writer = new LuceneWriter(index.Directory, config);
        if (exists)
        {
            LoadRegistry();
        }
        else
        {
            // A new index is committed empty at once, so that readers find a versioned index.
            HasPending = true;
            Commit();
        }
    }

    /// <summary>How many agenda items the open batch holds.</summary>
    public int PendingItems { get; private set; }

    /// <summary>Whether the open batch holds any change.</summary>
    public bool HasPending { get; private set; }

    /// <summary>Makes the open batch durable: after this, a kill loses none of it.</summary>
    public void Commit() => BeginCommit().GetAwaiter().GetResult();

    /// <summary>
    /// Starts making the open batch durable on another thread and returns at once: documents stored meanwhile belong
    /// to the next batch (Lucene's commit covers what was added before it began; a meeting's block is in it whole or
    /// not at all). Waits first for the commit before, so commits stay in order. The task ends once the batch is durable.
    /// </summary>
    public Task BeginCommit()
    {
        _committing.GetAwaiter().GetResult();
        if (!HasPending)
        {
            return Task.CompletedTask;
        }
        _writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.VersionKey] = IndexSchema.Version.ToString(CultureInfo.InvariantCulture) });
        HasPending = false;
        PendingItems = 0;
        _committing = Task.Run(() =>
        {
            try
            {
                _writer.Commit();
            }
            catch
            {
                // What failed to commit is rolled back when the writer is disposed.
                _failed = true;
                throw;
            }
        });
        return _committing;
    }

    /// <summary>The file that currently supplies a document's content.</summary>
    public (string File, string Format)? PrimaryFileOf(string documentId) => _primary.TryGetValue(documentId, out var primary) ? primary : null;

    /// <summary>Records a file as another rendering of an indexed document without re-indexing its content.</summary>
    public void RegisterAlternate(string path, string documentId, string hash, string format)
    {
        var record = StoredDocuments.File(path, documentId, hash, format, _fields);
        if (_files.ContainsKey(path))
        {
            _writer.UpdateDocument(new Term(IndexSchema.Path, path), record);
        }
        else
        {
            // A file the index has never held has no record to replace: no delete term for every later flush to look up in every segment.
            _writer.AddDocument(record);
        }
        _files[path] = (documentId, hash, format);
        HasPending = true;
    }

    /// <summary>Stores a document with its items, replacing every earlier version of it in the same commit.</summary>
    public void Store(IndexedDocument document)
    {
        // The registry knows every meeting the index holds (a meeting and its items are written and removed as one block):
        // a new one is added without a delete term, which each flush would otherwise look up in every segment.
        if (_primary.ContainsKey(document.Id))
        {
            _writer.UpdateDocuments(new Term(IndexSchema.Document, document.Id), StoredDocuments.Meeting(document, _fields));
        }
        else
        {
            _writer.AddDocuments(StoredDocuments.Meeting(document, _fields));
        }
        RegisterAlternate(document.File, document.Id, document.ContentHash, document.Format);
        _primary[document.Id] = (document.File, document.Format);
        PendingItems += document.Items.Count;
    }

    /// <summary>Removes a document and every file record that points to it.</summary>
    public void Remove(string documentId)
    {
        _writer.DeleteDocuments(new Term(IndexSchema.Document, documentId), new Term(IndexSchema.FileDocument, documentId));
        _primary.Remove(documentId);
        foreach (var path in _files.Where(f => f.Value.DocumentId == documentId).Select(f => f.Key).ToList())
        {
            _files.Remove(path);
        }
        HasPending = true;
        PendingItems++;
    }

    /// <summary>The content hash of every indexed file, so that workers can skip unchanged files.</summary>
    public Dictionary<string, string> StoredHashes() => _files.ToDictionary(f => f.Key, f => f.Value.Hash, StringComparer.Ordinal);

    /// <summary>Commits, and lets Lucene finish its merges, so that a finished run leaves a tidy index.</summary>
    public void Checkpoint()
    {
        Commit();
        _writer.WaitForMerges();
    }

    /// <summary>Paths of indexed files, to find the ones that have gone from disk.</summary>
    public IReadOnlyList<(string Path, string DocumentId)> Files() =>
        _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value.DocumentId)).ToList();

    private void LoadRegistry()
    {
        using var reader = DirectoryReader.Open(_index.Directory);
        foreach (var leaf in reader.Leaves)
        {
            foreach (var doc in StoredDocuments.OfKind(leaf.AtomicReader, IndexSchema.FileKind))
            {
                var stored = leaf.AtomicReader.Document(doc);
                _files[stored.Get(IndexSchema.Path, CultureInfo.InvariantCulture)] = (stored.Get(IndexSchema.FileDocument, CultureInfo.InvariantCulture), stored.Get(IndexSchema.Hash, CultureInfo.InvariantCulture), stored.Get(IndexSchema.Format, CultureInfo.InvariantCulture));
            }
            foreach (var doc in StoredDocuments.OfKind(leaf.AtomicReader, IndexSchema.MeetingKind))
            {
                var stored = leaf.AtomicReader.Document(doc);
                _primary[stored.Get(IndexSchema.Document, CultureInfo.InvariantCulture)] = (stored.Get(IndexSchema.File, CultureInfo.InvariantCulture), stored.Get(IndexSchema.Format, CultureInfo.InvariantCulture));
            }
        }
    }

    public void Dispose()
    {
        try
        {
            _committing.Wait();
        }
        catch (AggregateException)
        {
            // Reported to whoever waited for it; here only the rollback below matters.
        }
        _fields.Dispose();
        if (HasPending || _failed)
        {
            _writer.Rollback();
        }
        else
        {
            _writer.Dispose();
        }
    }
}
