using System.Globalization;
using Archive.Analysis;
using Archive.Classification;
using Archive.Index;
using Archive.Segmentation;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Cases;

/// <summary>
/// A case's path: the items that print its number (the case field's postings, kept per reader), the items without a
/// number that <see cref="CaseLinker"/> joins to them (candidates: the items at the meetings their histories name, and
/// the lookalikes of their titles, <see cref="LookalikeFinder"/>), and the earlier treatments the items print in their
/// history that no indexed item holds. One hop only: an item joins through a member, never through another joined item.
/// </summary>
public sealed class CaseService
{
    /// <summary>At most this many items print one case number; more would be a number printed on every item (a meeting's).</summary>
    public const int MaxMembers = 200;

    /// <summary>How many lookalikes each member's title brings for the linker to judge (each one could join: dated within the window, in a compatible cluster).</summary>
    public const int Candidates = 10;

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
        var members = CaseCatalog.For(searcher.IndexReader).WithKey(key).Where(doc => catalog.IsItem[doc]).Take(MaxMembers).Select(doc => Load(doc, catalog)).ToList();
        if (members.Count == 0)
        {
            return null;
        }
        var printed = members.SelectMany(m => m.Stored.Item.CaseNumbers).First(n => CaseNumberReader.Key(n) == key);
        var steps = members.Select(m => (Entry: m, Confidence: 1.0, Basis: CaseBasis.Number, Why: $"prints case number {m.Stored.Item.CaseNumbers.First(n => CaseNumberReader.Key(n) == key)}")).ToList();
        var seen = members.Select(m => m.Doc).ToHashSet();
        foreach (var candidate in Similar(members, catalog, numbered: false))
        {
            if (seen.Contains(candidate.Doc) || candidate.Stored.Item.CaseNumbers.Count > 0)
            {
                continue;
            }
            var (member, link) = Ranked(members, candidate).FirstOrDefault();
            if (member is not null)
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
        // The numbered items it could join, strongest link first: an item that joins two cases equally well shows the same
        // one whatever order ingest gave the minutes (the lookalikes alone would rank ties by document number).
        foreach (var (numbered, _) in Ranked(Similar([self], catalog, numbered: true).ToList(), self))
        {
            if (Find(numbered.Stored.Item.CaseNumbers[0]) is { } path && path.Steps.Any(s => s.DocumentId == documentId && s.ItemNumber == itemNumber))
            {
                return path;
            }
        }
        return new CasePath(null, null, self.Stored.Item.History.Count > 0 ? Ordered([(self, 1.0, CaseBasis.Item, "the item itself")]) : []);
    }

    /// <summary>
    /// The members that link <paramref name="item"/>, best first: the highest confidence, then a member whose own history
    /// names the item (the numbered item vouches for it), then the earliest member, its document id and item number — the
    /// same order whatever order ingest gave the documents.
    /// </summary>
    private static IEnumerable<(Entry Member, (double Confidence, CaseBasis Basis, string Why) Link)> Ranked(IEnumerable<Entry> members, Entry item) =>
        members.Select(m => (Member: m, Link: CaseLinker.Link(m.Treated, item.Treated))).Where(l => l.Link is not null)
            .Select(l => (l.Member, Link: l.Link!.Value))
            .OrderByDescending(l => l.Link.Confidence)
            .ThenByDescending(l => l.Member.Treated.Item.History.Any(t => CaseLinker.Names(t, item.Treated)))
            .ThenBy(l => l.Member.Treated.Date ?? DateOnly.MaxValue)
            .ThenBy(l => l.Member.Treated.DocumentId, StringComparer.Ordinal)
            .ThenBy(l => l.Member.Treated.Item.Number, StringComparer.Ordinal);

    private Entry Load(int doc, ItemCatalog catalog)
    {
        var stored = _index.Searcher.Doc(doc);
        var item = StoredDocuments.ReadItem(stored);
        var date = IndexSchema.UnpackDate(catalog.DateValue[doc]);
        return new Entry(doc, item, new CaseLinker.Treated(catalog.MeetingId[doc], item.Item, catalog.Forum(doc), date,
            stored.Get(IndexSchema.Organisation, CultureInfo.InvariantCulture), catalog.Cluster(doc)), catalog.DateInferred[doc]);
    }

    /// <summary>
    /// The items that might join the given ones, loaded only when they pass the cheap checks of the catalogs (a dated
    /// item, not a standing one, in another meeting, of a compatible health cluster, printing a case number or not as
    /// <paramref name="numbered"/> asks): the items at the meetings their histories name, and the items within
    /// <see cref="CaseLinker.MaxDaysApart"/> of one of them whose titles share at least half of the words MoreLikeThis
    /// would search for (the words of a title frequent in it and rare in the archive). The lookalikes are found among
    /// the items that pass the checks, so that the best <see cref="Candidates"/> are the best of those that could join.
    /// </summary>
    private IEnumerable<Entry> Similar(IReadOnlyList<Entry> items, ItemCatalog catalog, bool numbered)
    {
        var reader = _index.Searcher.IndexReader;
        var cases = CaseCatalog.For(reader);
        var meetings = items.Select(e => catalog.MeetingId[e.Doc]).ToHashSet(StringComparer.Ordinal);
        // CaseLinker never joins items of two different clusters: an item without one (code 0) is compatible with any.
        var clusters = new bool[catalog.ClusterFacet.Values.Length];
        clusters[0] = true;
        foreach (var e in items)
        {
            clusters[catalog.ClusterFacet.Codes[e.Doc]] = true;
        }
        if (items.Any(e => catalog.ClusterFacet.Codes[e.Doc] == 0))
        {
            Array.Fill(clusters, true);
        }
        var docs = items.Select(e => e.Doc).ToHashSet();
        // Cheapest first: the items by date carry the number and cluster of each, so a sweep over them reads no more.
        bool PlausibleAt(int i) => cases.NumberedAt[i] == numbered && clusters[cases.ClusterAt[i]]
            && !meetings.Contains(catalog.MeetingId[cases.Docs[i]]) && !docs.Contains(cases.Docs[i]);
        bool Plausible(int doc) => cases.Numbered[doc] == numbered && clusters[catalog.ClusterFacet.Codes[doc]]
            && !meetings.Contains(catalog.MeetingId[doc]) && !docs.Contains(doc);

        // The meetings the histories name: a binary search per date in the items by date.
        var named = items.SelectMany(e => e.Stored.Item.History).Where(t => t.Date is not null).Select(t => IndexSchema.PackDate(t.Date)).Distinct();
        var namedDocs = named.SelectMany(cases.On).Where(Plausible).Order().ToList();
        foreach (var doc in namedDocs)
        {
            docs.Add(doc);
            yield return Load(doc, catalog);
        }

        var titles = items.Select(e => e.Stored.Item.Title).Distinct(StringComparer.Ordinal).Take(10);
        var dates = items.Where(e => e.Treated.Date is not null).Select(e => e.Treated.Date!.Value).ToList();
        var lookalikes = LookalikeFinder.Find(cases, TitleTerms.For(reader), titles, dates, PlausibleAt, Candidates);
        foreach (var doc in lookalikes)
        {
            if (docs.Add(doc))
            {
                yield return Load(doc, catalog);
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
