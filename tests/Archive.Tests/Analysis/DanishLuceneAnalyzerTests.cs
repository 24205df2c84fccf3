using Archive.Analysis;
using Archive.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Tests.Analysis;

/// <summary>
/// The Lucene chain against the hand-written analyzer it replaces: on every text of the corpus and
/// of the training decisions, the same words in the same order, and the same parts.
/// </summary>
public class DanishLuceneAnalyzerTests
{
    private static readonly DanishLuceneAnalyzer Chain = new();

    private static (List<string> Words, List<string> Parts) Run(string text)
    {
        var words = new List<string>();
        var parts = new List<string>();
        using var stream = Chain.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            (type.Type == TokenTypes.Word ? words : parts).Add(term.ToString());
        }
        stream.End();
        return (words, parts);
    }

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Corpus("txt"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void LuceneChain_GivesTheWordsAndPartsOfTheHandWrittenAnalyzer_OnEveryCorpusItem(string file)
    {
        var analyzer = new ReferenceDanishAnalyzer();
        var builder = new DocumentBuilder();
        var path = Repository.Corpus("txt", file);
        var texts = builder.Build(path, path).Items.SelectMany(i => new[] { i.Item.Title, i.Item.Decision, i.Item.Body }).ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts.Append(File.ReadAllText(path)))
        {
            var expected = analyzer.Analyze(text);
            var (words, parts) = Run(text);
            Assert.Equal(expected.Terms, words);
            Assert.Equal(expected.Parts.Order(StringComparer.Ordinal), parts.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void LuceneChain_GivesTheWordsAndPartsOfTheHandWrittenAnalyzer_OnEveryTrainingDecision()
    {
        var analyzer = new ReferenceDanishAnalyzer();
        var texts = Directory.GetFiles(Path.Combine(Repository.Root, "training"), "*", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).ToList();
        Assert.True(texts.Count > 100);
        foreach (var text in texts)
        {
            var expected = analyzer.Analyze(text);
            var (words, parts) = Run(text);
            Assert.True(expected.Terms.SequenceEqual(words), $"words differ for: {text}");
            Assert.True(expected.Parts.Order(StringComparer.Ordinal).SequenceEqual(parts.Order(StringComparer.Ordinal)), $"parts differ for: {text}");
        }
    }

    [Theory]
    [InlineData("Børne- og Ungdomspsykiatrien", "børnepsykiatri")]
    [InlineData("konfliktforebyggelsesuddannelse", "uddannelse")]
    [InlineData("efter covid-19", "covid")]
    public void Parts_StandAtTheirWordsPosition(string text, string partWord)
    {
        var part = QueryWordAnalyzer.Default.QueryTerm(partWord);
        using var stream = Chain.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var found = false;
        while (stream.IncrementToken())
        {
            if (term.ToString() == part)
            {
                Assert.Equal(0, increment.PositionIncrement);
                found = true;
            }
        }
        stream.End();
        Assert.True(found, $"{part} not among the tokens of {text}");
    }
}
