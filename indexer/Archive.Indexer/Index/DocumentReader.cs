using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>Reads whole documents back from the index, by id or by file name.</summary>
public sealed class DocumentReader
{
    private readonly ArchiveIndex _index;

    public DocumentReader(ArchiveIndex index) => _index = index;

    /// <summary>The document with this id, or whose file (path or file name) is this; null when none.</summary>
    public DocumentView? Find(string idOrFile)
    {
        if (Meeting(idOrFile) is { } meeting)
        {
            return Read(meeting);
        }
        var byPath = Docs(IndexSchema.FileKind, new Term(IndexSchema.Path, idOrFile)) is [var doc, ..]
            ? _index.Searcher.Doc(doc).Get(IndexSchema.FileDocument, CultureInfo.InvariantCulture)
            : FileRecords().FirstOrDefault(f => f.Path.EndsWith("/" + idOrFile, StringComparison.Ordinal)).DocumentId;
        return byPath is not null && Meeting(byPath) is { } other ? Read(other) : null;
    }

    /// <summary>The file that supplies a document's content; null when there is no such document.</summary>
    public string? FileOf(string id) => Meeting(id)?.File;

    /// <summary>
    /// Every document's id, dated ones first by date, then by id. Made once per reader, from each
    /// segment's meetings read once while the segment lives: the list is asked for often (the web
    /// page's document list) and reading every meeting's stored JSON each time took a second at 100k items.
    /// </summary>
    public IReadOnlyList<string> Ids() => IdsByReader.GetValue(_index.Searcher.IndexReader, reader =>
    {
        var meetings = new List<(DateOnly? Date, string Id)>();
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            var segment = MeetingsBySegment.GetValue(leaf.AtomicReader.CoreCacheKey, _ => MeetingsOf(leaf.AtomicReader));
            meetings.AddRange(segment.Where(m => live is null || live.Get(m.Doc)).Select(m => (m.Date, m.Id)));
        }
        return meetings.OrderBy(m => m.Date is null).ThenBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Id).ToList();
    });

    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<string>> IdsByReader = [];

    private static readonly ConditionalWeakTable<object, (int Doc, DateOnly? Date, string Id)[]> MeetingsBySegment = [];

    private static (int Doc, DateOnly? Date, string Id)[] MeetingsOf(AtomicReader segment) =>
        StoredDocuments.OfKind(segment, IndexSchema.MeetingKind)
            .Select(doc => (Doc: doc, Meeting: StoredDocuments.ReadMeeting(segment.Document(doc))))
            .Select(m => (m.Doc, m.Meeting.Metadata.Date, m.Meeting.Id)).ToArray();

    /// <summary>Every agenda item with its document number (for the <see cref="ItemCatalog"/>), for bulk copies.</summary>
    public IEnumerable<(int Doc, IndexedItem Item)> AllItems()
    {
        foreach (var leaf in _index.Searcher.IndexReader.Leaves)
        {
            foreach (var doc in StoredDocuments.OfKind(leaf.AtomicReader, IndexSchema.ItemKind))
            {
                yield return (leaf.DocBase + doc, StoredDocuments.ReadItem(leaf.AtomicReader.Document(doc)));
            }
        }
    }

    private IndexedDocument? Meeting(string id) =>
        Docs(IndexSchema.MeetingKind, new Term(IndexSchema.Document, id)) is [var doc, ..] ? StoredDocuments.ReadMeeting(_index.Searcher.Doc(doc)) : null;

    private IEnumerable<Lucene.Net.Documents.Document> AllOf(string kind)
    {
        var searcher = _index.Searcher;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            foreach (var doc in StoredDocuments.OfKind(leaf.AtomicReader, kind))
            {
                yield return leaf.AtomicReader.Document(doc);
            }
        }
    }

    private IEnumerable<(string Path, string DocumentId)> FileRecords() =>
        AllOf(IndexSchema.FileKind).Select(d => (d.Get(IndexSchema.Path, CultureInfo.InvariantCulture), d.Get(IndexSchema.FileDocument, CultureInfo.InvariantCulture)));

    private DocumentView Read(IndexedDocument meeting)
    {
        var searcher = _index.Searcher;
        var catalog = ItemCatalog.For(searcher.IndexReader);
        var items = Docs(IndexSchema.ItemKind, new Term(IndexSchema.Document, meeting.Id)).OrderBy(doc => catalog.Ordinal[doc])
            .Select(doc => StoredDocuments.ReadItem(searcher.Doc(doc)))
            .Select(i => new ItemView(i.Item.Number, i.Item.Title, i.Item.Decision, i.Outcome, Math.Round(i.OutcomeConfidence, 3), i.Routine, i.Item.Page,
                i.Item.Sections.Select(s => new StoredSection(s.Kind.ToString().ToLowerInvariant(), s.Text)).ToList(), i.Item.History, i.Item.Ocr, i.Item.OcrConfidence) { CaseNumbers = i.Item.CaseNumbers })
            .ToList();
        var files = Docs(IndexSchema.FileKind, new Term(IndexSchema.FileDocument, meeting.Id))
            .Select(doc => searcher.Doc(doc).Get(IndexSchema.Path, CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();
        var m = meeting.Metadata;
        return new DocumentView(meeting.Id, meeting.File, files, meeting.Format, meeting.Pages, m.Kind, m.Forum, m.Cluster, m.CaseNumber, Iso(m.Date),
            m.DateInferred, Iso(m.DateEarliest), Iso(m.DateLatest), m.Participants, m.Absent, items, m.Organisation);
    }

    /// <summary>The documents of one kind with a key term, in index order.</summary>
    private List<int> Docs(string kind, Term key)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, kind)), Occur.MUST },
            { new TermQuery(key), Occur.MUST },
        };
        var docs = new List<int>();
        _index.Searcher.Search(query, new DocCollector(docs));
        return docs;
    }

    private sealed class DocCollector(List<int> docs) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => docs.Add(_docBase + doc);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
