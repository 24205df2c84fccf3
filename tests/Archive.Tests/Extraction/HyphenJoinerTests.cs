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
    public void Join_RejoinsBrokenWords_OnlyWhenTheyAreOneWord(string first, string second, string expected) =>
        Assert.Equal(expected, _joiner.Join(first, second));
}
