using Archive.Extraction;
using Archive.Text;

namespace Archive.Tests.Extraction;

public class HyphenJoinerTests
{
    private readonly HyphenJoiner _joiner = new(DanishLexicon.Default.Contains);

    [Theory]
    [InlineData("det nære sundheds-", "væsen er vigtigt", "det nære sundhedsvæsen er vigtigt")]
    [InlineData("samarbejde med Børne-", "og Ungdomspsykiatri", "samarbejde med Børne- og Ungdomspsykiatri")]
    [InlineData("Sundheds-", "og Kulturforvaltningen", "Sundheds- og Kulturforvaltningen")]
    [InlineData("Økonomi-", "og Erhvervsudvalget", "Økonomi- og Erhvervsudvalget")]
    [InlineData("praksisnært F-ACT-", "team i Jammerbugt", "praksisnært F-ACT-team i Jammerbugt")]
    [InlineData("en almindelig", "linje", "en almindelig linje")]
    [InlineData("Mødetidspunkt: 18-", "08-2021 15:30", "Mødetidspunkt: 18-08-2021 15:30")]
    [InlineData("Sagsnr.: 00.01.00-", "G01-1-18", "Sagsnr.: 00.01.00-G01-1-18")]
    [InlineData("i perioden 2020-", "2023 er", "i perioden 2020-2023 er")]
    [InlineData("budget 2019-", "Anlæg", "budget 2019- Anlæg")]
    public void Join_RejoinsBrokenWords_OnlyWhenTheyAreOneWord(string first, string second, string expected) =>
        Assert.Equal(expected, _joiner.Join(first, second));
}
