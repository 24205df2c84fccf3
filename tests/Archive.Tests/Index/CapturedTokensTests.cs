using Archive.Analysis;
using Archive.Generation;
using Archive.Index;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Tests.Index;

/// <summary>
/// The ingest analyses each distinct word once and replays the chain's tokens word after word. Held
/// against the whole Danish chain run over each text: on every item of the corpus, of generated
/// minutes and of the training decisions, the same terms, position increments and kinds, and the same
/// words as written for "did you mean".
/// </summary>
public class CapturedTokensTests
{
    private static readonly DanishLuceneAnalyzer Chain = new();

    private static readonly DanishLuceneAnalyzer Surface = new(AnalyzerOutput.Surface);

    private static List<CapturedToken> WholeChain(string text)
    {
        var tokens = new List<CapturedToken>();
        using var stream = Chain.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new CapturedToken(term.ToString(), increment.PositionIncrement, type.Type == TokenTypes.Word));
        }
        stream.End();
        return tokens;
    }

    private static HashSet<string> WrittenWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = Surface.GetTokenStream("spelling", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }
        stream.End();
        return words;
    }

    private static void AssertSameAsWholeChain(string title, string decision, string body)
    {
        var captured = CapturedTokens.Of(title, decision, body);
        string[] texts = [title, decision, body];
        for (var i = 0; i < 3; i++)
        {
            Assert.True(WholeChain(texts[i]).SequenceEqual(captured.Text(i)), $"tokens differ for: {texts[i]}");
        }
        Assert.True(WrittenWords(string.Join("\n\n", texts)).SetEquals(captured.Spelling), $"written words differ for: {title}");
    }

    [Fact]
    public void CapturedTokens_AreTheWholeChainsTokens_OnEveryItemOfTheCorpusAndOfGeneratedMinutes()
    {
        var builder = new DocumentBuilder();
        var files = Directory.GetFiles(Repository.Corpus("txt"), "*.txt").ToList();
        using var generated = new TemporaryFolder("captured-tokens");
        MinutesGenerator.FromCorpus(Repository.Corpus("txt")).Write(generated.FullName, 40, seed: 11);
        files.AddRange(Directory.GetFiles(generated.FullName, "*.txt", SearchOption.AllDirectories));
        var items = 0;
        foreach (var file in files)
        {
            foreach (var item in builder.Build(file, file).Items)
            {
                AssertSameAsWholeChain(item.Item.Title, item.Item.Decision, item.Item.Body);
                items++;
            }
            AssertSameAsWholeChain(File.ReadAllText(file), string.Empty, string.Empty);
        }
        Assert.True(items > 300, $"only {items} items");
    }

    [Fact]
    public void CapturedTokens_AreTheWholeChainsTokens_OnEveryTrainingDecision()
    {
        var texts = Directory.GetFiles(Path.Combine(Repository.Root, "training"), "*", SearchOption.AllDirectories).SelectMany(File.ReadLines).ToList();
        Assert.True(texts.Count > 100);
        foreach (var text in texts)
        {
            AssertSameAsWholeChain(text, text.ToUpperInvariant(), string.Empty);
        }
    }

    [Theory]
    [InlineData("Børne- og Ungdomspsykiatrien samt Børne- og Familieafdelingen")]
    [InlineData("Social- eller Sundhedsområdet og Børne-")]
    [InlineData("børne- og unge- samt ældre-")]
    [InlineData("Efter covid-19 og 15-17-årige kl. 8.30: konfliktforebyggelsesuddannelse, og det er ikke godkendt")]
    public void CapturedTokens_AreTheWholeChainsTokens_AroundSuspendedCompoundsAndJoinedWords(string text) =>
        AssertSameAsWholeChain(text, text, text);
}
