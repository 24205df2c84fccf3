using Archive.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Index;

/// <summary>
/// The tokens of one text, analysed once by a worker thread and replayed to the single Lucene writer:
/// the writer then only inverts, and analysis runs on every core. The words make the title, decision
/// and body fields; the parts of all three make the parts field.
/// </summary>
public sealed class CapturedTokens
{
    private static readonly DanishLuceneAnalyzer Chain = new();

    private static readonly DanishLuceneAnalyzer Surface = new(AnalyzerOutput.Surface);

    private readonly List<(string Term, int Increment, bool Word)> _tokens = [];

    private CapturedTokens()
    {
    }

    public static CapturedTokens Of(string text) => Capture(Chain, text);

    /// <summary>The words as written, lower-cased (the spelling field's tokens).</summary>
    public static CapturedTokens SurfaceOf(string text) => Capture(Surface, text);

    private static CapturedTokens Capture(DanishLuceneAnalyzer analyzer, string text)
    {
        var captured = new CapturedTokens();
        using var stream = analyzer.GetTokenStream(IndexSchema.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            captured._tokens.Add((term.ToString(), increment.PositionIncrement, type.Type == TokenTypes.Word));
        }
        stream.End();
        return captured;
    }

    /// <summary>The words, at their positions.</summary>
    public TokenStream Words() => new Replay([this], words: true);

    /// <summary>The parts of the texts, each at its word's position (as the analyzer's Parts output gives them).</summary>
    public static TokenStream Parts(IReadOnlyList<CapturedTokens> texts) => new Replay(texts, words: false);

    private sealed class Replay : TokenStream
    {
        private readonly IReadOnlyList<CapturedTokens> _texts;
        private readonly bool _words;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private int _text;
        private int _next;

        public Replay(IReadOnlyList<CapturedTokens> texts, bool words)
        {
            _texts = texts;
            _words = words;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            // The increments of the tokens left out carry over, as Lucene's FilteringTokenFilter does.
            var skipped = 0;
            for (; _text < _texts.Count; _text++, _next = 0)
            {
                var tokens = _texts[_text]._tokens;
                while (_next < tokens.Count)
                {
                    var (term, increment, word) = tokens[_next++];
                    if (word != _words)
                    {
                        skipped += increment;
                        continue;
                    }
                    _term.SetEmpty().Append(term);
                    _increment.PositionIncrement = increment + skipped;
                    return true;
                }
            }
            return false;
        }

        public override void Reset()
        {
            base.Reset();
            _text = 0;
            _next = 0;
        }
    }
}
