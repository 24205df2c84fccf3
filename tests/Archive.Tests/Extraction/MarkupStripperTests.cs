using Archive.Extraction;

namespace Archive.Tests.Extraction;

public class MarkupStripperTests
{
    [Theory]
    [InlineData("### **3. Input til Dash Board fra Klynge Midt**", "3. Input til Dash Board fra Klynge Midt", true, 3)]
    [InlineData("<b>Møde</b>\tKlyngestyregruppe Midt", "Møde\tKlyngestyregruppe Midt", false, 0)]
    [InlineData("#### *Referat.*", "Referat.", false, 4)]
    [InlineData("Sagsnr\\. 2020\\-003046", "Sagsnr. 2020-003046", false, 0)]
    [InlineData("kan læses [her](#) og", "kan læses her og", false, 0)]
    public void Strip_RemovesConversionMarkup_AndKeepsItAsSignals(string raw, string text, bool bold, int heading)
    {
        var line = MarkupStripper.Strip(raw, 1, true);
        Assert.Equal(text, line.Text);
        Assert.Equal(bold, line.Bold);
        Assert.Equal(heading, line.HeadingLevel);
    }

    [Fact]
    public void Strip_MarksBullets_AndRemovesTheMarker()
    {
        var line = MarkupStripper.Strip("- 6) **Orientering om dagsorden til Politisk Klynge 2/12**", 1, false);
        Assert.True(line.Bullet);
        Assert.True(line.Bold);
        Assert.Equal("6) Orientering om dagsorden til Politisk Klynge 2/12", line.Text);
    }
}
