using Archive.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Index;

/// <summary>
/// The tokens of one agenda item's title, decision and body, analysed once by a worker thread and
/// replayed to the single Lucene writer: the writer then only inverts, and analysis runs on every core.
/// The words make the title, decision and body fields; the parts of all three the parts field; the
/// distinct words as written the spelling field. Each distinct word goes through the Danish chain
/// once (<see cref="WordAnalysisCache"/>), not once per occurrence.
/// </summary>
public sealed class CapturedTokens
{
    private readonly List<CapturedToken> _tokens;
    private readonly int[] _ends = new int[3];
    private readonly HashSet<string> _spelling = new(StringComparer.Ordinal);

    private CapturedTokens(int capacity) => _tokens = new List<CapturedToken>(capacity);

    /// <summary>Every token of the three texts in order: a text's words, each followed by its parts.</summary>
    public IReadOnlyList<CapturedToken> Tokens => _tokens;

    /// <summary>The distinct words of the three texts as written, lower-cased (the spelling field's terms).</summary>
    public IReadOnlyCollection<string> Spelling => _spelling;

    public static CapturedTokens Of(string title, string decision, string body)
    {
        // About one token per six characters: the list is sized once.
        var captured = new CapturedTokens((title.Length + decision.Length + body.Length) / 6);
        captured.Capture(0, title);
        captured.Capture(1, decision);
        captured.Capture(2, body);
        return captured;
    }

    /// <summary>The tokens of the title (0), the decision (1) or the body (2).</summary>
    public IReadOnlyList<CapturedToken> Text(int text)
    {
        var start = text == 0 ? 0 : _ends[text - 1];
        return _tokens.GetRange(start, _ends[text] - start);
    }

    private void Capture(int text, string value)
    {
        var start = _tokens.Count;
        if (!WordAnalysisCache.Default.TryAnalyse(value, _tokens, _spelling))
        {
            // A suspended compound ("Børne- og Ungdomspsykiatrien") needs its neighbours: the whole chain runs over the text.
            _tokens.RemoveRange(start, _tokens.Count - start);
            WordAnalysisCache.AnalyseWhole(value, _tokens, _spelling);
        }
        _ends[text] = _tokens.Count;
    }

    /// <summary>The words of the title (0), the decision (1) or the body (2), at their positions, through a reusable stream.</summary>
    internal TokenStream Words(Replay replay, int text) => replay.Start(_tokens, text == 0 ? 0 : _ends[text - 1], _ends[text], words: true);

    /// <summary>The parts of the three texts, each at its word's position.</summary>
    internal TokenStream Parts(Replay replay) => replay.Start(_tokens, 0, _tokens.Count, words: false);

    /// <summary>The distinct words as written (the spelling field keeps no positions).</summary>
    internal TokenStream SpellingWords(Replay replay) => replay.Start(_spelling);

    /// <summary>A token stream over captured tokens, reused from one item to the next by a writer thread.</summary>
    internal sealed class Replay : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private List<CapturedToken> _tokens = [];
        private HashSet<string>.Enumerator _spelling;
        private bool _fromSpelling;
        private int _next;
        private int _end;
        private bool _words;

        public Replay()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public Replay Start(List<CapturedToken> tokens, int start, int end, bool words)
        {
            (_tokens, _next, _end, _words, _fromSpelling) = (tokens, start, end, words, false);
            return this;
        }

        public Replay Start(HashSet<string> spelling)
        {
            (_spelling, _fromSpelling) = (spelling.GetEnumerator(), true);
            return this;
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_fromSpelling)
            {
                if (!_spelling.MoveNext())
                {
                    return false;
                }
                _term.SetEmpty().Append(_spelling.Current);
                return true;
            }
            // The increments of the tokens left out carry over, as Lucene's FilteringTokenFilter does.
            var skipped = 0;
            while (_next < _end)
            {
                var token = _tokens[_next++];
                if (token.Word != _words)
                {
                    skipped += token.Increment;
                    continue;
                }
                _term.SetEmpty().Append(token.Term);
                _increment.PositionIncrement = token.Increment + skipped;
                return true;
            }
            return false;
        }
    }
}

/// <summary>One token of the Danish chain: its term, its position increment, and whether it is a word (else a part).</summary>
public readonly record struct CapturedToken(string Term, int Increment, bool Word);
