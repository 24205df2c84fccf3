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

    /// <summary>
    /// Økonomiudvalget's item prints no case number and joins two numbered cases equally well: the committee's item
    /// (24/2001, a week before) and the council's (24/2002, a week after) share its title word for word.
    /// </summary>
    private static readonly string[] TieFiles =
    [
        "vordingborg-kultur-og-fritidsudvalget-2024-05-07.txt",
        "vordingborg-oekonomiudvalget-2024-05-14.txt",
        "vordingborg-byraadet-2024-05-21.txt",
    ];

    [Fact]
    public void AnItemJoiningTwoCasesEqually_ShowsTheCaseOfTheEarlierTreatment_WhicheverOrderTheMinutesWereIndexed()
    {
        foreach (var order in new[] { TieFiles, TieFiles.Reverse().ToArray() })
        {
            using var folder = new TemporaryFolder("archive-case-tie-");
            using var index = ArchiveIndex.Open(folder.PathTo("index"));
            var ingester = new ArchiveIngester(index);
            foreach (var file in order)
            {
                Assert.Empty(ingester.Ingest([Path.Combine(AppContext.BaseDirectory, "Fixtures", "CaseTies", file)]).Failed);
            }
            var cases = new CaseService(index);
            // Both cases take the item in: the tie is real.
            Assert.Contains(cases.Find("24/2001")!.Steps, s => s.DocumentId == "vordingborg-oekonomiudvalget-2024-05-14");
            Assert.Contains(cases.Find("24/2002")!.Steps, s => s.DocumentId == "vordingborg-oekonomiudvalget-2024-05-14");
            var path = cases.ForItem("vordingborg-oekonomiudvalget-2024-05-14", "4");
            Assert.NotNull(path);
            Assert.Equal("24/2001", path.CaseNumber);
        }
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
