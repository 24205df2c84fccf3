using Archive.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Tests.Analysis;

public class QueryWordAnalyzerTests
{
    private static readonly QueryWordAnalyzer Words = QueryWordAnalyzer.Default;

    private static readonly DanishLuceneAnalyzer Index = new();

    /// <summary>Whether the query word finds the text: its term among the terms the index holds for the text.</summary>
    private static bool Finds(string query, string text)
    {
        var term = Words.QueryTerm(query)!;
        using var stream = Index.GetTokenStream("body", text);
        var indexed = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var found = false;
        while (stream.IncrementToken())
        {
            found |= indexed.ToString() == term;
        }
        stream.End();
        return found;
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
    public void Tokens_WithHyphensAndSlashes_StayWhole(string token) => Assert.Contains(token, Words.PhraseTerms($"om {token} i dag"));

    [Fact]
    public void Negation_IsKept_BecauseItDecidesOutcomes()
    {
        var ikke = Words.QueryTerm("ikke");
        Assert.NotNull(ikke);
        Assert.Contains(ikke, Words.PhraseTerms("Udvalget kunne ikke tiltræde"));
    }

    [Theory]
    [InlineData("og")]
    [InlineData("sundhed og")]
    [InlineData("…")]
    public void QueryTerm_IsNone_ForAStopWordOrWhatIsNotOneWord(string word) => Assert.Null(Words.QueryTerm(word));

    [Theory]
    [InlineData("Konfliktforebyggelsesuddannelsen", "konfliktforebyggelse", true)]
    [InlineData("Børne-", "børn", true)]
    [InlineData("covid-19", "covid", true)]
    [InlineData("sundhedsaftalen", "saft", false)]
    public void HasTerm_MatchesAWordByItsOwnTermOrItsParts(string word, string queryWord, bool expected) =>
        Assert.Equal(expected, Words.HasTerm(word, Words.QueryTerm(queryWord)!));

    /// <summary>Every distinct word of the corpus: the query term and the word's terms of the reference analyzer.</summary>
    [Fact]
    public void EveryCorpusWord_GetsTheTermsOfTheReferenceAnalyzer()
    {
        var reference = new ReferenceDanishAnalyzer();
        var words = Directory.GetFiles(Repository.Corpus("txt"), "*.txt")
            .SelectMany(f => DanishTokenizer.Tokenize(File.ReadAllText(f)).Select(t => t.Text))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.True(words.Count > 1000);
        foreach (var word in words)
        {
            var term = reference.QueryTerm(word);
            Assert.True(term == Words.QueryTerm(word), $"query term differs for: {word}");
            var analyzed = reference.Analyze(word);
            foreach (var indexed in analyzed.Terms.Concat(analyzed.Parts))
            {
                Assert.True(Words.HasTerm(word, indexed), $"{word} is indexed under {indexed}, but the highlighter would not mark it");
            }
        }
    }
}
