extern alias cli;

using cli::Archive.Cli;
using static cli::Archive.Cli.TextTable;

namespace Archive.Tests.Cli;

public sealed class TextTableTests
{
    private static string[] Render(TextTable table, int width, bool styled)
    {
        using var output = new StringWriter();
        table.Write(output, width, styled);
        return output.ToString().TrimEnd('\n').Split('\n');
    }

    private static TextTable Hits()
    {
        var table = new TextTable("Meeting", "Agenda item");
        table.NoWrap.Add(0);
        table.AddRow([new("2020-10-19\nKlyngestyregruppe")],
            [new("Drøftelse af kompetenceudvikling i ", "1"), new("konflikt", "1;33"), new("forebyggelse", "1"), new(" til de nordjyske kommuner, med afsæt i ovenstående beskrivelse")]);
        table.AddRow([new("ca. 2020-07-18")], [new("Kompetenceudviklingstilbudsbeskrivelsesoversigten står alene")]);
        return table;
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(120)]
    public void EveryLine_IsAsWideAsTheTable_AndNoWiderThanTheTerminal(int width)
    {
        var lines = Render(Hits(), width, styled: false);
        Assert.All(lines, line => Assert.Equal(lines[0].Length, line.Length));
        Assert.True(lines[0].Length <= width, $"{lines[0].Length} > {width}");
        // Nothing is lost in wrapping: every word of the cells is on some line, æøå intact.
        var text = string.Join(' ', lines.Select(l => l.Trim('│', ' ')));
        Assert.Contains("ovenstående", text, StringComparison.Ordinal);
        Assert.Contains("Klyngestyregruppe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AHighlightInsideAWord_StaysOneWord_AndIsStyledOnlyOnItsLetters()
    {
        var lines = Render(Hits(), 120, styled: true);
        var line = lines.Single(l => l.Contains("konflikt", StringComparison.Ordinal));
        Assert.Contains("\u001b[1;33mkonflikt\u001b[0m\u001b[1mforebyggelse\u001b[0m", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', string.Join('\n', Render(Hits(), 120, styled: false)));
    }

    [Fact]
    public void AWordLongerThanItsColumn_IsCut_NotSpilledIntoTheNextColumn()
    {
        var lines = Render(Hits(), 40, styled: false);
        Assert.All(lines, line => Assert.Equal(lines[0].Length, line.Length));
        Assert.Contains(lines, l => l.Contains("Kompetenceudvikl", StringComparison.Ordinal) && !l.Contains("Kompetenceudviklingstilbudsbeskrivelsesoversigten", StringComparison.Ordinal));
    }
}
