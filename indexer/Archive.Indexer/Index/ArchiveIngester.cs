using Archive.Analysis;
using Archive.Extraction;

namespace Archive.Index;

/// <summary>
/// Incremental ingest of files and folders: an unchanged file (same content hash) is skipped,
/// a changed one replaced, a bad one reported with its reason while the rest go on. The TXT
/// and PDF renderings of one meeting share a document id; the text rendering supplies the content.
/// </summary>
public sealed class ArchiveIngester
{
    private readonly IndexWriter _writer;
    private readonly DocumentBuilder _builder;

    public ArchiveIngester(ArchiveIndex index, DocumentBuilder? builder = null, DanishAnalyzer? analyzer = null)
    {
        _writer = new IndexWriter(index, analyzer ?? new DanishAnalyzer());
        _builder = builder ?? new DocumentBuilder();
    }

    public IngestReport Ingest(IReadOnlyList<string> paths, bool prune = false, IProgress<IngestProgress>? progress = null)
    {
        var failed = new List<(string, string)>();
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
        // Text renderings first, so that they become the primary file of their meeting.
        files = files.Select(StoredPath).Distinct(StringComparer.Ordinal)
            .OrderByDescending(Preference).ThenBy(f => f, StringComparer.Ordinal).ToList();

        var removed = prune ? Prune() : 0;
        var counts = new Dictionary<IngestStatus, int>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            IngestStatus status;
            try
            {
                status = IngestFile(file);
            }
            catch (ExtractionException e)
            {
                status = IngestStatus.Failed;
                failed.Add((file, e.Message));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                status = IngestStatus.Failed;
                failed.Add((file, e.Message));
            }
            counts[status] = counts.GetValueOrDefault(status) + 1;
            progress?.Report(new IngestProgress(i + 1, files.Count, file, status));
        }
        return new IngestReport(counts.GetValueOrDefault(IngestStatus.Indexed), counts.GetValueOrDefault(IngestStatus.Unchanged),
            counts.GetValueOrDefault(IngestStatus.Alternate), removed, failed);
    }

    private IngestStatus IngestFile(string file)
    {
        if (!DocumentExtractor.IsSupported(file))
        {
            throw new ExtractionException($"unsupported file type '{Path.GetExtension(file)}' (use .txt, .md or .pdf)");
        }
        var bytes = _builder.Read(file);
        if (_writer.HashOf(file) == DocumentExtractor.HashOf(bytes))
        {
            return IngestStatus.Unchanged;
        }
        var document = _builder.Build(file, file, bytes);
        if (_writer.PrimaryFileOf(document.Id) is { } primary && primary.File != file && File.Exists(primary.File)
            && Preference(primary.File) >= Preference(file))
        {
            _writer.RegisterAlternate(file, document.Id, document.ContentHash, document.Format);
            return IngestStatus.Alternate;
        }
        _writer.Store(document);
        return IngestStatus.Indexed;
    }

    /// <summary>Removes documents whose files are gone from disk.</summary>
    private int Prune()
    {
        var gone = _writer.Files().Where(f => !File.Exists(f.Path)).Select(f => f.DocumentId).Distinct().ToList();
        foreach (var id in gone)
        {
            _writer.Remove(id);
        }
        return gone.Count;
    }

    /// <summary>Text renderings are preferred to PDF renderings of the same meeting: their text is exact.</summary>
    private static int Preference(string path) => Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".md" ? 2 : 1;

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
