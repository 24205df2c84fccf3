using Archive.Analysis;

namespace Archive.Tests.Analysis;

public class DanishAnalyzerTests
{
    private readonly DanishAnalyzer _analyzer = new();

    private bool Finds(string query, string text)
    {
        var term = _analyzer.QueryTerm(query)!;
        var analyzed = _analyzer.Analyze(text);
        return analyzed.Terms.Contains(term) || analyzed.Parts.Contains(term);
    }

    [Theory]
    [InlineData("konfliktforebyggelse", "den tværsektorielle konfliktforebyggelsesuddannelse")]
    [InlineData("uddannelse", "tobaksfrie ungdomsuddannelser")]
    [InlineData("hjemløse", "hvordan vi arbejder med hjemløseområdet")]
    [InlineData("sundhedsprofil", "Sundhedsprofilrapporten offentliggøres i marts")]
    [InlineData("nærhospitaler", "Status på nærhospitalet")]
    [InlineData("godkendt", "Indstillingen godkendes")]
    [InlineData("budget", "i budgettet for 2023")]
    [InlineData("covid", "efter covid-19")]
    [InlineData("børnepsykiatri", "samarbejde med Børne- og Ungdomspsykiatrien")]
    public void Query_FindsInflectionsAndCompounds(string query, string text) => Assert.True(Finds(query, text));

    [Theory]
    [InlineData("saft", "sundhedsaftalen")]
    [InlineData("talen", "sundhedsaftalen")]
    [InlineData("alen", "sundhedsaftalen")]
    [InlineData("bor", "bør")]
    [InlineData("far", "får")]
    public void Query_FindsNoNonsense_AndNeverFoldsÆøå(string query, string text) => Assert.False(Finds(query, text));

    [Theory]
    [InlineData("covid-19")]
    [InlineData("15-17-årige")]
    [InlineData("2/12")]
    [InlineData("emn-2024-001234")]
    public void Tokens_WithHyphensAndSlashes_StayWhole(string token) => Assert.Contains(token, _analyzer.Analyze($"om {token} i dag").Terms);

    [Fact]
    public void Negation_IsKept_BecauseItDecidesOutcomes()
    {
        var ikke = _analyzer.QueryTerm("ikke");
        Assert.NotNull(ikke);
        Assert.Contains(ikke, _analyzer.Analyze("Udvalget kunne ikke tiltræde").Terms);
    }
}
