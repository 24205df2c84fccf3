using Archive.Cases;
using Archive.Segmentation;

namespace Archive.Tests.Cases;

/// <summary>When an item without a number joins a case: history links and near-identical titles, never across different numbers or municipalities.</summary>
public class CaseLinkerTests
{
    private static CaseLinker.Treated Item(string title, string forum, string date, string organisation = "Vordingborg Kommune", string number = "2", IReadOnlyList<Treatment>? history = null, string? caseNumber = null) =>
        new("doc-" + forum + date, new AgendaItem(number, title, [new Section(SectionKind.Decision, "Anbefales.")], 1, history ?? []) { CaseNumbers = caseNumber is null ? [] : [caseNumber] },
            forum, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), organisation, null);

    [Theory]
    [InlineData("Forslag til Lokalplan nr. 1.45 for boliger ved Strandvejen", "Forslag til Lokalplan nr. 1.46 for boliger ved Strandvejen")]
    [InlineData("Budget 2025 - 2. behandling af driftsbudgettet", "Budget 2026 - 2. behandling af driftsbudgettet")]
    [InlineData("Kommuneplantillæg nr. 11 for kraftvarmeværk ved Smedevangen", "Kommuneplantillæg nr. 12 for kraftvarmeværk ved Smedevangen")]
    public void DifferentNumbersInTheTitles_AreDifferentCases_HoweverAlikeTheWords(string a, string b) =>
        Assert.Null(CaseLinker.Link(Item(a, "Teknik- og Miljøudvalget", "2024-03-05", caseNumber: "24/1234"), Item(b, "Økonomiudvalget", "2024-03-12")));

    [Fact]
    public void TheSameTitle_InAnotherForumOfTheSameMunicipality_Joins()
    {
        var link = CaseLinker.Link(Item("Forslag til Lokalplan nr. 1.45 for boliger ved Strandvejen", "Teknik- og Miljøudvalget", "2024-03-05", caseNumber: "24/1234"),
            Item("Forslag til Lokalplan nr. 1.45 for boliger ved Strandvejen", "Økonomiudvalget", "2024-03-12"));
        Assert.NotNull(link);
        Assert.InRange(link.Value.Confidence, 0.6, 0.9);
    }

    [Theory]
    [InlineData("Faxe Kommune", "Økonomiudvalget", "2024-03-12")]
    [InlineData("Vordingborg Kommune", "Teknik- og Miljøudvalget", "2024-04-02")]
    [InlineData("Vordingborg Kommune", "Økonomiudvalget", "2026-03-12")]
    public void TheSameTitle_InAnotherMunicipality_TheSameForum_OrYearsApart_DoesNotJoin(string organisation, string forum, string date) =>
        Assert.Null(CaseLinker.Link(Item("Forslag til Lokalplan nr. 1.45 for boliger ved Strandvejen", "Teknik- og Miljøudvalget", "2024-03-05", caseNumber: "24/1234"),
            Item("Forslag til Lokalplan nr. 1.45 for boliger ved Strandvejen", forum, date, organisation)));

    [Fact]
    public void AStandingItem_NeverJoinsBySimilarity() =>
        Assert.Null(CaseLinker.Link(Item("Godkendelse af dagsorden", "Byrådet", "2024-03-21", caseNumber: "24/0001"), Item("Godkendelse af dagsorden", "Økonomiudvalget", "2024-03-12")));

    [Fact]
    public void AHistoryNamingTheForumDateAndItem_Joins_WithHighConfidence()
    {
        var council = Item("Lokalplan for boliger ved Strandvejen, endelig vedtagelse", "Byrådet", "2024-06-20", number: "6", caseNumber: "24/1234",
            history: [new Treatment("Økonomiudvalget", new DateOnly(2024, 6, 11), "4", "Anbefales.")]);
        var committee = Item("Endelig vedtagelse af lokalplan, boliger ved Strandvejen", "Økonomiudvalget", "2024-06-11", number: "4");
        var link = CaseLinker.Link(council, committee);
        Assert.Equal(0.95, link?.Confidence);
        Assert.Null(CaseLinker.Link(council, Item("Endelig vedtagelse af lokalplan, boliger ved Strandvejen", "Økonomiudvalget", "2024-06-11", number: "5")));
    }
}
