using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Tests.Segmentation;

public class DecisionResolverTests
{
    private static readonly SectionLabeler Labeler = new();

    [Theory]
    [InlineData("Beslutning i Økonomiudvalget den 23-03-2015", "Økonomiudvalget", "2015-03-23", null, "")]
    [InlineData("Økonomiudvalget, 23-03-2015, pkt. 5: Anbefales.", "Økonomiudvalget", "2015-03-23", "5", "Anbefales.")]
    [InlineData("Beslutning i Klima- og Planudvalget den 4. maj 2021, pkt. 12:", "Klima- og Planudvalget", "2021-05-04", "12", "")]
    [InlineData("Beslutning i Udvalget for Børn og Unge den 02.03.2020", "Udvalget for Børn og Unge", "2020-03-02", null, "")]
    [InlineData("Beslutning i Byrådet", "Byrådet", null, null, "")]
    public void Labeler_ReadsTheForumDateAndItemNumber_OfAnEarlierTreatment(string line, string forum, string? date, string? number, string text)
    {
        var label = Labeler.Label(new SourceLine(line, 1));
        Assert.NotNull(label?.Source);
        Assert.Equal(SectionKind.Decision, label.Kind);
        Assert.Equal((forum, date, number, text),
            (label.Source.Forum, label.Source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), label.Source.ItemNumber, label.InlineText));
    }

    [Theory]
    [InlineData("Sagen blev behandlet i Økonomiudvalget 23-03-2015.")]
    [InlineData("Økonomiudvalget den 23. marts 2015 drøftede sagen og bad om et notat.")]
    [InlineData("Beslutning i sagen blev truffet af direktøren.")]
    public void Labeler_LeavesSentencesAboutAForum_InTheText(string line) =>
        Assert.Null(Labeler.Label(new SourceLine(line, 1))?.Source);

    private static Section Decision(string forum, string date, string text) =>
        new(SectionKind.Decision, text, new Treatment(forum, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null, string.Empty));

    [Fact]
    public void Resolve_KeepsTheCommitteesOwnDecision_WhenTheCouncilsFollowsIt()
    {
        var sections = new[] { Decision("Økonomiudvalget", "2015-03-23", "Anbefales."), Decision("Byrådet", "2015-03-30", "Godkendt.") };
        var (kept, history) = DecisionResolver.Resolve(sections, "Økonomiudvalget", new DateOnly(2015, 3, 23));
        Assert.Equal("Anbefales.", Assert.Single(kept, s => s.Kind == SectionKind.Decision).Text);
        Assert.Equal(("Byrådet", "Godkendt."), (Assert.Single(history).Forum, history[0].Text));
    }

    [Fact]
    public void Resolve_TakesTheLastForumsDecision_WhenTheMeetingsForumIsUnknown()
    {
        var sections = new[] { Decision("Økonomiudvalget", "2015-03-23", "Anbefales."), Decision("Kommunalbestyrelsen", "2015-03-30", "Godkendt.") };
        var (kept, history) = DecisionResolver.Resolve(sections, null, null);
        Assert.Equal("Godkendt.", Assert.Single(kept, s => s.Kind == SectionKind.Decision).Text);
        Assert.Equal("Økonomiudvalget", Assert.Single(history).Forum);
    }

    [Theory]
    [InlineData("Byrådet", "Byråd")]
    [InlineData("Kommunalbestyrelsen", "kommunalbestyrelse")]
    [InlineData("Økonomiudvalget", "Økonomiudvalg")]
    [InlineData("Klima- og Planudvalget", "Klima- og Planudvalg")]
    public void SameForum_IgnoresDefiniteEndings(string printed, string meeting) => Assert.True(DecisionResolver.SameForum(printed, meeting));

    [Fact]
    public void SameForum_TellsCommitteesApart() => Assert.False(DecisionResolver.SameForum("Planudvalget", "Klima- og Planudvalget"));
}
