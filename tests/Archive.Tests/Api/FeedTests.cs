using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Archive.Api;
using Archive.Generation;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Api;

/// <summary>
/// The Atom feed over generated minutes with many more hits than it lists: its entries are the newest
/// of the date-sorted search, newest first, and only those are read from the index.
/// </summary>
public sealed class FeedTests : IDisposable
{
    /// <summary>Matches every item: far more than a feed lists.</summary>
    private const string Wide = "-xyzzy";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly TemporaryFolder _folder = new("archive-feed-");
    private readonly string _database;

    public FeedTests()
    {
        var minutes = _folder.PathTo("minutes");
        MinutesGenerator.FromCorpus(Repository.Corpus("txt")).Write(minutes, 24, seed: 11);
        // Minutes that name no date: its items are the oldest in date order, and never the newest.
        File.WriteAllText(Path.Combine(minutes, "udateret.txt"), """
            # Referat

            Møde i Klyngestyregruppe Nord

            ## 1. Godkendelse af dagsorden

            Dagsordenen blev godkendt.

            ## 2. Orientering om samarbejdet

            Sekretariatet orienterede om samarbejdet. Orienteringen blev taget til efterretning.
            """);
        _database = _folder.PathTo("archive.db");
        using var index = ArchiveIndex.Open(_database);
        Assert.Empty(new ArchiveIngester(index).Ingest([minutes]).Failed);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Feed_ListsTheNewestHitsOfTheDateSortedSearch_NewestFirst()
    {
        using var api = new InProcessApi(_database);
        var dateOrder = new List<(string Id, string? Date)>();
        int total;
        var page = 1;
        do
        {
            using var json = JsonDocument.Parse(await api.Client.GetStringAsync(new Uri($"/api/search?q={Uri.EscapeDataString(Wide)}&sort=date&pageSize=100&page={page++}", UriKind.Relative)));
            total = json.RootElement.GetProperty("total").GetInt32();
            dateOrder.AddRange(json.RootElement.GetProperty("hits").EnumerateArray().Select(h =>
                ($"{h.GetProperty("documentId").GetString()}#punkt-{h.GetProperty("itemNumber").GetString()}", h.GetProperty("date").GetString())));
        }
        while (dateOrder.Count < total);
        Assert.True(total > 3 * FeedEndpoints.Entries, $"only {total} hits");

        var feed = XDocument.Parse(await api.Client.GetStringAsync(new Uri($"/api/feed?q={Uri.EscapeDataString(Wide)}", UriKind.Relative)));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        var ids = entries.Select(e => e.Element(Atom + "id")!.Value.Split("/api/documents/")[1]).Select(Uri.UnescapeDataString).ToList();
        Assert.Contains(dateOrder, h => h.Date is null);
        // Newest first: the dated hits in the reverse of the date order; undated hits, last in date order, stay last.
        var expected = Enumerable.Reverse(dateOrder.Where(h => h.Date is not null).ToList()).Concat(dateOrder.Where(h => h.Date is null))
            .Take(FeedEndpoints.Entries).ToList();
        Assert.Equal(expected.Select(e => e.Id), ids);
        // Newest first: the entries' dates never rise, and no hit left out is newer than the last one listed.
        var dates = entries.Select(e => DateTime.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(feed.Root.Element(Atom + "updated")!.Value, entries[0].Element(Atom + "updated")!.Value);
        var oldestListed = expected[^1].Date!;
        Assert.DoesNotContain(dateOrder.Except(expected), h => h.Date is not null && string.CompareOrdinal(h.Date, oldestListed) > 0);
    }

    [Fact]
    public void Newest_ReadsOnlyTheHitsItLists_OfAWideQuery()
    {
        using var index = ArchiveIndex.Open(_database, readOnly: true);
        var service = new SearchService(index);
        var query = service.Parser.Parse(Wide).Query!;
        var total = service.Search(query, pageSize: 1).Total;
        var read = service.HitsRead;
        var newest = service.Newest(query, FeedEndpoints.Entries);
        Assert.True(total > 3 * FeedEndpoints.Entries, $"only {total} hits");
        Assert.Equal(FeedEndpoints.Entries, newest.Count);
        Assert.Equal(FeedEndpoints.Entries, service.HitsRead - read);
        var dateOrder = service.AllHits(query, SearchSort.Date).ToList();
        Assert.Equal(dateOrder.Where(h => h.Date is not null).TakeLast(FeedEndpoints.Entries).Reverse().Select(h => (h.DocumentId, h.ItemNumber)),
            newest.Select(h => (h.DocumentId, h.ItemNumber)));
    }
}
