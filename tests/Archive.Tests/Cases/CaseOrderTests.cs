using Archive.Cases;
using Archive.Index;

namespace Archive.Tests.Cases;

/// <summary>
/// A case's steps and the reason given for each do not depend on the order in which the minutes were
/// indexed (parallel ingest gives the documents a different order from run to run).
/// </summary>
public sealed class CaseOrderTests
{
    private static readonly string[] Files =
    [
        "vordingborg-byraadet-2024-03-21.txt",
        "vordingborg-oekonomiudvalget-2024-03-12.txt",
        "vordingborg-teknik-og-miljoeudvalget-2024-03-05.txt",
        "faxe-oekonomiudvalget-2024-03-13.txt",
    ];

    [Fact]
    public void CaseSteps_AndTheirReasons_AreTheSame_WhicheverOrderTheMinutesWereIndexed()
    {
        var forward = Steps(Files);
        var backward = Steps(Files.Reverse());
        Assert.Equal(3, forward.Count);
        Assert.Equal(forward, backward);
        // The council's own item names the committee's treatment: the numbered item vouches for the one without a number.
        Assert.Contains(forward, s => s.Why == "vordingborg-byraadet-2024-03-21 punkt 6 names the treatment in Økonomiudvalget 2024-03-12 pkt. 2");
    }

    private static List<(string? Document, string? Item, string Why)> Steps(IEnumerable<string> files)
    {
        using var folder = new TemporaryFolder("archive-case-order-");
        var database = folder.PathTo("index");
        using var index = ArchiveIndex.Open(database);
        var ingester = new ArchiveIngester(index);
        foreach (var file in files)
        {
            Assert.Empty(ingester.Ingest([Path.Combine(CaseIndexFixture.Fixtures, file)]).Failed);
        }
        var path = new CaseService(index).Find("24/1234");
        Assert.NotNull(path);
        return path.Steps.Select(s => (s.DocumentId, s.ItemNumber, s.Why)).ToList();
    }
}
