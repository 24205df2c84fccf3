using System.Threading.Channels;
using Archive.Extraction;

namespace Archive.Index;

/// <summary>
/// Incremental ingest of files and folders: an unchanged file (same content hash) is skipped,
/// a changed one replaced, a bad one reported with its reason while the rest go on. The TXT
/// and PDF renderings of one meeting share a document id; the text rendering supplies the content.
/// </summary>
public sealed class ArchiveIngester
{
    private readonly ArchiveIndex _index;
    private readonly DocumentBuilder _builder;

    public ArchiveIngester(ArchiveIndex index, DocumentBuilder? builder = null)
    {
        _index = index;
        _builder = builder ?? new DocumentBuilder();
    }

    /// <summary>How many files are read and analysed at once; the index itself has one writer.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// A batch is committed once it holds this many agenda items, or once it is <see cref="BatchSeconds"/>
    /// old: large enough that Lucene flushes few small segments for its merges to rewrite (at 2 s and
    /// 8,000 items an index run cost about a sixth more CPU), small enough that a kill loses little work.
    /// </summary>
    public int BatchItems { get; init; } = 30_000;

    public double BatchSeconds { get; init; } = 8.0;

    /// <summary>What a worker made of one file, for the writer to apply.</summary>
    private sealed record Prepared(string File, IngestStatus Status, IndexedDocument? Document = null, string? Error = null);

    public IngestReport Ingest(IReadOnlyList<string> paths, bool prune = false, IProgress<IngestProgress>? progress = null)
    {
        var failed = new List<(string, string)>();
        var notes = new List<(string, string)>();
        var ocrPages = 0;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(EnumerateFolder(path));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                failed.Add((path, "no such file or folder"));
            }
        }
        files = files.Select(StoredPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        using var exclusive = IndexLock.Acquire(_index.Path);
        using var writer = new IndexWriter(_index);
        var removed = prune ? Prune(writer) : 0;
        var stored = writer.StoredHashes();
        var counts = new Dictionary<IngestStatus, int>();
        var done = 0;
        // Progress is reported once a file's batch is committed, so that "indexed" means durable. A batch commits on
        // another thread while the next one fills: the writer thread keeps inverting instead of waiting for the disk.
        var uncommitted = new List<IngestProgress>();
        var committing = new List<IngestProgress>();
        var commit = Task.CompletedTask;
        var batchStarted = System.Diagnostics.Stopwatch.StartNew();
        void Report(List<IngestProgress> reports)
        {
            foreach (var report in reports)
            {
                progress?.Report(report);
            }
            reports.Clear();
        }
        void BeginCommit()
        {
            commit.GetAwaiter().GetResult();
            Report(committing);
            (committing, uncommitted) = (uncommitted, committing);
            commit = writer.BeginCommit();
            batchStarted.Restart();
        }
        // Text renderings as one group before PDFs: a meeting's text is stored first and its PDF recorded beside it.
        var groups = files.GroupBy(Preference).OrderByDescending(g => g.Key).Select(g => g.ToList());
        foreach (var prepared in groups.SelectMany(group => PrepareInParallel(group, stored)))
        {
            var status = prepared.Status;
            if (prepared.Document is { } document)
            {
                status = Apply(writer, document);
                ocrPages += document.OcrPages;
                notes.AddRange(document.Notes.Select(note => (prepared.File, note)));
            }
            else if (prepared.Error is { } error)
            {
                failed.Add((prepared.File, error));
            }
            counts[status] = counts.GetValueOrDefault(status) + 1;
            uncommitted.Add(new IngestProgress(++done, files.Count, prepared.File, status,
                prepared.Document?.Pages ?? 0, status == IngestStatus.Indexed ? prepared.Document!.Items.Count : 0, prepared.Document?.OcrPages ?? 0));
            if (writer.PendingItems >= BatchItems || batchStarted.Elapsed.TotalSeconds >= BatchSeconds)
            {
                BeginCommit();
            }
            else if (!writer.HasPending && commit.IsCompleted)
            {
                // Nothing waits to be made durable (an unchanged or failed file): reported at once, in order.
                commit.GetAwaiter().GetResult();
                Report(committing);
                Report(uncommitted);
            }
        }
        BeginCommit();
        commit.GetAwaiter().GetResult();
        Report(committing);
        if (counts.GetValueOrDefault(IngestStatus.Indexed) > 0 || removed > 0)
        {
            writer.Checkpoint();
        }
        return new IngestReport(counts.GetValueOrDefault(IngestStatus.Indexed), counts.GetValueOrDefault(IngestStatus.Unchanged),
            counts.GetValueOrDefault(IngestStatus.Alternate), removed, failed, ocrPages, notes);
    }

    /// <summary>
    /// Extraction, segmentation, classification and analysis on every core, handed to the single
    /// writer through a bounded channel: memory stays flat however many files there are.
    /// </summary>
    private IEnumerable<Prepared> PrepareInParallel(List<string> files, Dictionary<string, string> stored)
    {
        var channel = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(Math.Max(2, Workers * 8)) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Workers) },
                    async (file, cancel) => await channel.Writer.WriteAsync(Prepare(file, stored), cancel));
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        });
        foreach (var prepared in channel.Reader.ReadAllAsync().ToBlockingEnumerable())
        {
            yield return prepared;
        }
        producer.GetAwaiter().GetResult();
    }

    private Prepared Prepare(string file, Dictionary<string, string> stored)
    {
        try
        {
            if (!DocumentExtractor.IsSupported(file))
            {
                throw new ExtractionException(DocumentExtractor.Unsupported(Path.GetExtension(file)));
            }
            var bytes = _builder.Read(file);
            if (stored.TryGetValue(file, out var hash) && hash == DocumentExtractor.HashOf(bytes))
            {
                return new Prepared(file, IngestStatus.Unchanged);
            }
            return new Prepared(file, IngestStatus.Indexed, _builder.Build(file, file, bytes));
        }
        catch (Exception e) when (e is ExtractionException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new Prepared(file, IngestStatus.Failed, Error: e.Message);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            // A line that makes a layout pattern backtrack for seconds: this file fails, the run goes on.
            return new Prepared(file, IngestStatus.Failed,
                Error: $"reading its layout took too long (a line of {e.Input.Length:N0} characters defeated a pattern); the file was not indexed");
        }
    }

    private static IngestStatus Apply(IndexWriter writer, IndexedDocument document)
    {
        if (writer.PrimaryFileOf(document.Id) is { } primary && primary.File != document.File && File.Exists(primary.File)
            && Preference(primary.File) >= Preference(document.File))
        {
            writer.RegisterAlternate(document.File, document.Id, document.ContentHash, document.Format);
            return IngestStatus.Alternate;
        }
        writer.Store(document);
        return IngestStatus.Indexed;
    }

    /// <summary>Removes documents whose files are gone from disk.</summary>
    private static int Prune(IndexWriter writer)
    {
        var gone = writer.Files().Where(f => !File.Exists(f.Path)).Select(f => f.DocumentId).Distinct().ToList();
        foreach (var id in gone)
        {
            writer.Remove(id);
        }
        writer.Commit();
        return gone.Count;
    }

    /// <summary>Text and HTML renderings are preferred to PDF renderings of the same meeting: their text is exact.</summary>
    private static int Preference(string path) => Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".md" or ".html" or ".htm" ? 2 : 1;

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            // Symbolic links are not followed: a link loop cannot make the walk endless.
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        };
        return Directory.EnumerateFiles(folder, "*", options).Where(DocumentExtractor.IsSupported);
    }

    private static string StoredPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
