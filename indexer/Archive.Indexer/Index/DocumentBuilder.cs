using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Index;

/// <summary>
/// Runs one file through the pipeline: extraction → segmentation → outcome classification →
/// storage (the Lucene writer analyses the text). Thread-safe: the ingester runs one file per core through it.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly DocumentExtractor _extractor;
    private readonly MeetingSegmenter _segmenter = new();
    private readonly OutcomeClassifier _outcomes;

    public DocumentBuilder(DocumentExtractor? extractor = null, OutcomeClassifier? outcomes = null)
    {
        _extractor = extractor ?? new DocumentExtractor();
        _outcomes = outcomes ?? OutcomeClassifier.Default;
    }

    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>Reads a file with the extractor's checks (size, emptiness).</summary>
    public byte[] Read(string path) => _extractor.Read(path);

    public IndexedDocument Build(string path, string storedPath, byte[]? bytes = null)
    {
        var extracted = bytes is null ? _extractor.Extract(path) : _extractor.Extract(path, bytes);
        var meeting = _segmenter.Segment(extracted.Lines, path);
        var items = meeting.Items.Select(item =>
        {
            var (outcome, confidence) = _outcomes.Classify(item.Decision);
            return new IndexedItem(item, outcome, confidence, RoutineItemClassifier.IsRoutine(item.Title))
            {
                Tokens = CapturedTokens.Of(item.Title, item.Decision, item.Body),
            };
        }).ToList();
        return new IndexedDocument(IdOf(path), storedPath, extracted.Format, extracted.ContentHash, extracted.Size, extracted.Pages, meeting.Metadata, items,
            extracted.OcrPages, extracted.Notes ?? []);
    }
}
