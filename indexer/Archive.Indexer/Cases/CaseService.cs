using System.Globalization;
using Archive.Analysis;
using Archive.Classification;
using Archive.Index;
using Archive.Segmentation;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Archive.Cases;

/// <summary>
/// A case's path: the items that print its number (one term lookup on the case field), the items without a
/// number that <see cref="CaseLinker"/> joins to them (candidates from Lucene's MoreLikeThis over the members'
/// titles and recommendations), and the earlier treatments the items print in their history that no indexed
/// item holds. One hop only: an item joins through a member, never through another joined item.
/// </summary>
public sealed class CaseService
{
    /// <summary>At most this many items print one case number; more would be a number printed on every item (a meeting's).</summary>
    public const int MaxMembers = 200;

    /// <summary>How many MoreLikeThis candidates each member's title brings for the linker to judge.</summary>
    public const int Candidates = 30;

    private static readonly DanishLuceneAnalyzer Analyzer = new(AnalyzerOutput.Words);

    private readonly ArchiveIndex _index;
    private readonly OutcomeClassifier _outcomes;

    public CaseService(ArchiveIndex index, OutcomeClassifier? outcomes = null)
    {
        _index = index;
        _outcomes = outcomes ?? OutcomeClassifier.Default;
    }

    private sealed record Entry(int Doc, IndexedItem Stored, CaseLinker.Treated Treated, bool DateInferred);

    /// <summary>The case with this number (written any way that has the same key); null when no item prints it.</summary>
    public CasePath? Find(string caseNumber)
    {
        var key = CaseNumberReader.Key(caseNumber);
        var searcher = _index.Searcher;
        var catalog = ItemCatalog.For(searcher.IndexReader);
        var members = searcher.Search(new TermQuery(new Term(IndexSchema.Case, key)), MaxMembers).ScoreDocs
            .Where(h => catalog.IsItem[h.Doc]).Select(h => Load(h.Doc, catalog)).ToList();
        if (members.Count == 0)
        {
            return null;
        }
        var printed = members.SelectMany(m => m.Stored.Item.CaseNumbers).First(n => CaseNumberReader.Key(n) == key);
        var steps = members.Select(m => (Entry: m, Confidence: 1.0, Basis: CaseBasis.Number, Why: $"prints case number {m.Stored.Item.CaseNumbers.First(n => CaseNumberReader.Key(n) == key)}")).ToList();
        var seen = members.Select(m => m.Doc).ToHashSet();
        foreach (var candidate in Similar(members, catalog))
        {
            if (seen.Contains(candidate.Doc) || candidate.Stored.Item.CaseNumbers.Count > 0)
            {
                continue;
            }
            var best = members.Select(m => CaseLinker.Link(m.Treated, candidate.Treated)).Where(l => l is not null).MaxBy(l => l!.Value.Confidence);
            if (best is { } link)
            {
                steps.Add((candidate, link.Confidence, link.Basis, link.Why));
                seen.Add(candidate.Doc);
            }
        }
        return new CasePath(printed, key, Ordered(steps));
    }

    /// <summary>
    /// The case an item belongs to: the case of its number, else a numbered case it joins, else the path its own
    /// history prints; a path without steps when none of these holds; null when the item is not in the index.
    /// </summary>
    public CasePath? ForItem(string documentId, string itemNumber)
    {
        var searcher = _index.Searcher;
        var catalog = ItemCatalog.For(searcher.IndexReader);
        var self = searcher.Search(new TermQuery(new Term(IndexSchema.Document, documentId)), 2000).ScoreDocs
            .Where(h => catalog.IsItem[h.Doc]).Select(h => Load(h.Doc, catalog)).FirstOrDefault(e => e.Stored.Item.Number == itemNumber);
        if (self is null)
        {
            return null;
        }
        if (self.Stored.Item.CaseNumbers.Count > 0)
        {
            return Find(self.Stored.Item.CaseNumbers[0]);
        }
        foreach (var numbered in Similar([self], catalog).Where(c => c.Stored.Item.CaseNumbers.Count > 0 && CaseLinker.Link(c.Treated, self.Treated) is not null))
        {
            if (Find(numbered.Stored.Item.CaseNumbers[0]) is { } path && path.Steps.Any(s => s.DocumentId == documentId && s.ItemNumber == itemNumber))
            {
                return path;
            }
        }
        return new CasePath(null, null, self.Stored.Item.History.Count > 0 ? Ordered([(self, 1.0, CaseBasis.Item, "the item itself")]) : []);
    }

    private Entry Load(int doc, ItemCatalog catalog)
    {
        var stored = _index.Searcher.Doc(doc);
        var item = StoredDocuments.ReadItem(stored);
        var date = IndexSchema.UnpackDate(catalog.DateValue[doc]);
        return new Entry(doc, item, new CaseLinker.Treated(catalog.MeetingId[doc], item.Item, catalog.Forum(doc), date,
            stored.Get(IndexSchema.Organisation, CultureInfo.InvariantCulture), catalog.Cluster(doc)), catalog.DateInferred[doc]);
    }

    /// <summary>
    /// The items that might join the given ones, loaded only when they pass the cheap checks of the catalog (an item,
    /// not a standing one, dated, in another meeting, within <see cref="CaseLinker.MaxDaysApart"/> of one of them):
    /// the items at the meetings their histories name, and the items whose titles MoreLikeThis finds alike (at least
    /// half of the words that are frequent in the titles and rare in the archive).
    /// </summary>
    private IEnumerable<Entry> Similar(IReadOnlyList<Entry> items, ItemCatalog catalog)
    {
        var searcher = _index.Searcher;
        var meetings = items.Select(e => catalog.MeetingId[e.Doc]).ToHashSet(StringComparer.Ordinal);
        var days = items.Where(e => e.Treated.Date is not null).Select(e => e.Treated.Date!.Value.DayNumber).ToList();
        var named = items.SelectMany(e => e.Stored.Item.History).Where(t => t.Date is not null).Select(t => IndexSchema.PackDate(t.Date)).ToHashSet();
        var docs = items.Select(e => e.Doc).ToHashSet();
        bool Plausible(int doc)
        {
            var value = catalog.DateValue[doc];
            if (!catalog.IsItem[doc] || catalog.Routine[doc] || value < 0 || meetings.Contains(catalog.MeetingId[doc]) || !docs.Add(doc))
            {
                return false;
            }
            var day = IndexSchema.UnpackDate(value)!.Value.DayNumber;
            return named.Contains(value) || days.Any(d => Math.Abs(d - day) <= CaseLinker.MaxDaysApart);
        }

        // The meetings the histories name: a pass over the catalog's dates, one comparison per item.
        if (named.Count > 0)
        {
            for (var doc = 0; doc < catalog.DateValue.Length; doc++)
            {
                if (named.Contains(catalog.DateValue[doc]) && Plausible(doc))
                {
                    yield return Load(doc, catalog);
                }
            }
        }
        var like = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = Analyzer,
            FieldNames = [IndexSchema.Title],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 3,
            MaxQueryTerms = 8,
        };
        foreach (var title in items.Select(e => e.Stored.Item.Title).Distinct(StringComparer.Ordinal).Take(10))
        {
            var query = new BooleanQuery(disableCoord: true);
            foreach (var word in like.RetrieveInterestingTerms(new StringReader(title), IndexSchema.Title))
            {
                query.Add(new TermQuery(new Term(IndexSchema.Title, word)), Occur.SHOULD);
            }
            if (query.Clauses.Count == 0)
            {
                continue;
            }
            // Half of the words at least: a lookalike shares most of them, and the rare ones let Lucene skip the rest.
            query.MinimumNumberShouldMatch = (query.Clauses.Count + 1) / 2;
            foreach (var hit in searcher.Search(query, Candidates).ScoreDocs)
            {
                if (Plausible(hit.Doc))
                {
                    yield return Load(hit.Doc, catalog);
                }
            }
        }
    }

    /// <summary>
    /// The steps in date order, undated last: each item, and each earlier treatment its history prints that no
    /// step holds already (the same forum on the same date).
    /// </summary>
    private List<CaseStep> Ordered(IReadOnlyList<(Entry Entry, double Confidence, CaseBasis Basis, string Why)> members)
    {
        var steps = new List<CaseStep>();
        foreach (var (entry, confidence, basis, why) in members)
        {
            var t = entry.Treated;
            var item = entry.Stored.Item;
            steps.Add(new CaseStep(t.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entry.DateInferred, t.Forum, t.Cluster, t.Organisation, t.DocumentId, item.Number, item.Title,
                Text(t.Recommendation), Text(item.Decision), entry.Stored.Outcome, item.CaseNumbers, confidence, basis, why));
        }
        foreach (var (entry, confidence, _, _) in members)
        {
            foreach (var treatment in entry.Stored.Item.History)
            {
                var date = treatment.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                // A treatment dated the day of the item printing it is that meeting's own (or a misread label), not an earlier one.
                if ((treatment.Date is { } earlier && entry.Treated.Date is { } own && earlier >= own) || steps.Any(s => s.Date == date && s.Forum is not null && DecisionResolver.SameForum(s.Forum, treatment.Forum)))
                {
                    continue;
                }
                var item = entry.Stored.Item;
                steps.Add(new CaseStep(date, false, treatment.Forum, entry.Treated.Cluster, entry.Treated.Organisation, null, treatment.ItemNumber, item.Title,
                    null, Text(treatment.Text), _outcomes.Classify(treatment.Text).Outcome, [], confidence, CaseBasis.PrintedHistory,
                    $"printed in the history of {entry.Treated.DocumentId} punkt {item.Number}", $"{entry.Treated.DocumentId}/{item.Number}"));
            }
        }
        return steps.OrderBy(s => s.Date is null).ThenBy(s => s.Date, StringComparer.Ordinal).ThenBy(s => s.DocumentId is not null)
            .ThenBy(s => s.Forum, StringComparer.Ordinal).ToList();
    }

    private static string? Text(string text) => text.Length == 0 ? null : text;
}
