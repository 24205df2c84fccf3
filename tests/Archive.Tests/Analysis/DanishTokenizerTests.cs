using Archive.Analysis;
using FsCheck;
using FsCheck.Fluent;

namespace Archive.Tests.Analysis;

public class DanishTokenizerTests
{
    private static readonly string[] Pieces =
        ["Børne", "og", "ungdomspsykiatri", "covid", "19", "8", "30", "2", "12", "æøå", "ÆØÅ", "-", "/", ".", ",", " ", "\n", "(", ")",
         "—", "½", "²", "١٢", "İ", "ß", "\u00A0", "😀", "EMN", "2024", "001234", "-årige", ":", "'"];

    [Fact]
    public void TheScanner_FindsExactlyTheWordsTheDefinitionDescribes()
    {
        var text = Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p));
        var property = Prop.ForAll(text.ToArbitrary(), s =>
        {
            var scanned = DanishTokenizer.Tokenize(s).Select(t => (t.Start, t.Length, t.Text)).ToList();
            var defined = DanishTokenizer.WordPattern().Matches(s).Select(m => (m.Index, m.Length, m.Value)).ToList();
            Assert.Equal(defined, scanned);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), property);
    }

    [Theory]
    [InlineData("Børne- og Ungdomspsykiatri", "Børne-|og|Ungdomspsykiatri")]
    [InlineData("covid-19 kl. 8.30 den 2/12", "covid-19|kl|8.30|den|2/12")]
    [InlineData("15-17-årige i EMN-2024-001234.", "15-17-årige|i|EMN-2024-001234")]
    public void Words_StayWhole(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', DanishTokenizer.Tokenize(text).Select(t => t.Text)));
}
