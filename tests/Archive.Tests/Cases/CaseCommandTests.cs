using System.Text.Json;
using Archive.Tests.Reliability;

namespace Archive.Tests.Cases;

/// <summary>`./archive case`, `sag:` and the case numbers in show and export, through the real command line, on the case fixtures and the real minutes.</summary>
[Collection(CaseIndexGroup.Name)]
public sealed class CaseCommandTests(CaseIndexFixture fixture)
{
    public static TheoryData<string> ExpectedCases() => new(ExpectedPaths().Select(p => p.Key));

    /// <summary>The hand-written paths of Fixtures/Cases/expected-paths.json: (document, item) in date order per case number.</summary>
    public static Dictionary<string, List<(string Document, string Item, string Date)>> ExpectedPaths()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CaseIndexFixture.Fixtures, "expected-paths.json")));
        return json.RootElement.GetProperty("cases").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.EnumerateArray()
            .Select(s => (s.GetProperty("document").GetString()!, s.GetProperty("item").GetString()!, s.GetProperty("date").GetString()!)).ToList());
    }

    [Theory]
    [MemberData(nameof(ExpectedCases))]
    public void Case_FindsEveryTreatment_InDateOrder_AndNoForeignItem(string caseNumber)
    {
        var result = ArchiveProcess.Run("case", caseNumber, "--json", "--db", fixture.DatabasePath);
        Assert.True(result.Exit == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("documentId").ValueKind == JsonValueKind.String)
            .Select(s => (s.GetProperty("documentId").GetString()!, s.GetProperty("itemNumber").GetString()!, s.GetProperty("date").GetString()!)).ToList();
        Assert.Equal(ExpectedPaths()[caseNumber], steps);
        Assert.All(json.RootElement.GetProperty("steps").EnumerateArray(), s => Assert.InRange(s.GetProperty("confidence").GetDouble(), 0.5, 1.0));
    }

    [Fact]
    public void Case_TellsTheForumDecisionAndWhyOfEachStep_AsText()
    {
        var result = ArchiveProcess.Run("case", "24/1234", "--db", fixture.DatabasePath);
        Assert.Equal(0, result.Exit);
        Assert.Contains("Sag 24/1234: 3 behandlinger", result.Output, StringComparison.Ordinal);
        Assert.Contains("2024-03-12  Økonomiudvalget  vordingborg-oekonomiudvalget-2024-03-12 punkt 2", result.Output, StringComparison.Ordinal);
        Assert.Contains("names the treatment in Økonomiudvalget 2024-03-12 pkt. 2", result.Output, StringComparison.Ordinal);
        Assert.Contains("Beslutning: Vedtaget.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemWithoutNumber_LeadsToItsCase_ButAnotherMunicipalitysLookalikeToNone()
    {
        var joined = ArchiveProcess.Run("case", "vordingborg-oekonomiudvalget-2024-03-12", "3", "--json", "--db", fixture.DatabasePath);
        Assert.Equal(0, joined.Exit);
        using var json = JsonDocument.Parse(joined.Output);
        Assert.Equal("24/1240", json.RootElement.GetProperty("caseNumber").GetString());
        var lookalike = ArchiveProcess.Run("case", "faxe-oekonomiudvalget-2024-03-13", "2", "--db", fixture.DatabasePath);
        Assert.Equal(1, lookalike.Exit);
        Assert.Contains("belongs to no case", lookalike.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_OfAnUnknownNumber_ExitsWith1AndSaysSo()
    {
        var result = ArchiveProcess.Run("case", "99/99999", "--db", fixture.DatabasePath);
        Assert.Equal(1, result.Exit);
        Assert.Contains("no item prints the case number '99/99999'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SagFilter_FindsTheItemsThatPrintTheNumber_WrittenAnyWay()
    {
        var result = ArchiveProcess.Run("search", "sag:24/1234", "--json", "--db", fixture.DatabasePath);
        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("documentId").GetString(), h.GetProperty("itemNumber").GetString())).Order().ToList();
        Assert.Equal([("vordingborg-byraadet-2024-03-21", "6"), ("vordingborg-teknik-og-miljoeudvalget-2024-03-05", "2")], hits);
        var kle = ArchiveProcess.Run("search", "sag:03.02.10-ø60-1-16 skema", "--json", "--db", fixture.DatabasePath);
        using var kleJson = JsonDocument.Parse(kle.Output);
        Assert.Equal("118", Assert.Single(kleJson.RootElement.GetProperty("hits").EnumerateArray()).GetProperty("itemNumber").GetString());
    }

    [Theory]
    [InlineData("sag:", "needs a value")]
    [InlineData("sag:strandvejen", "bad case number 'strandvejen'")]
    public void SagFilter_WithABadValue_ExitsWith1AndSaysWhy(string query, string reason)
    {
        var result = ArchiveProcess.Run("search", query, "--db", fixture.DatabasePath);
        Assert.Equal(1, result.Exit);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowAndExport_CarryTheCaseNumbers_AsPrinted()
    {
        var show = ArchiveProcess.Run("show", "vordingborg-byraadet-2024-03-21", "--json", "--db", fixture.DatabasePath);
        using var json = JsonDocument.Parse(show.Output);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["24/1234"], items.Single(i => i.GetProperty("number").GetString() == "6").GetProperty("caseNumbers").EnumerateArray().Select(n => n.GetString()));
        Assert.Empty(items.Single(i => i.GetProperty("number").GetString() == "5").GetProperty("caseNumbers").EnumerateArray());

        var csv = fixture.Folder.PathTo("lokalplan.csv");
        Assert.Equal(0, ArchiveProcess.Run("export", "lokalplan strandvejen", "--format", "csv", "--out", csv, "--db", fixture.DatabasePath).Exit);
        var text = File.ReadAllText(csv);
        Assert.Contains(",history,caseNumbers\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",24/1234\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",24/1240\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RealMinutes_ACaseShowsTheCommitteeTreatmentItsCouncilItemPrints()
    {
        var result = ArchiveProcess.Run("case", "03.02.10-Ø60-1-16", "--json", "--db", fixture.DatabasePath);
        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(2, steps.Count);
        Assert.Equal(("Økonomiudvalget", "2019-06-19", "146"), (steps[0].GetProperty("forum").GetString(), steps[0].GetProperty("date").GetString(), steps[0].GetProperty("itemNumber").GetString()));
        Assert.Equal("mariagerfjord-byraadet-2019-06-27/118", steps[0].GetProperty("printedIn").GetString());
        Assert.Equal(("mariagerfjord-byraadet-2019-06-27", "118"), (steps[1].GetProperty("documentId").GetString(), steps[1].GetProperty("itemNumber").GetString()));
    }
}
