using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Analysis;

/// <summary>
/// A Lucene <see cref="Tokenizer"/> over <see cref="DanishTokenizer"/>'s words, the trailing hyphen of a
/// suspended compound trimmed. After "Børne-" in "Børne- og Ungdomspsykiatrien" it emits a
/// <see cref="TokenTypes.Suspended"/> token at the same position for <see cref="DecompoundFilter"/>.
/// </summary>
public sealed class DanishWordTokenizer : Tokenizer
{
    /// <summary>Longer "words" are junk (a run of letters without spaces) and above Lucene's term limit: skipped.</summary>
    public const int MaxWordLength = 255;

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "og", "eller", "samt" };

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly char[] _buffer = new char[4096];
    private readonly System.Text.StringBuilder _text = new();
    private List<Token> _tokens = [];
    private int _next;
    private int _length;
    private string? _suspended;

    public DanishWordTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var text = ReadAll(m_input);
        _length = text.Length;
        _tokens = DanishTokenizer.Tokenize(text).Where(t => t.Length <= MaxWordLength).ToList();
        _next = 0;
        _suspended = null;
    }

    /// <summary>Reads by blocks, into a buffer the reused tokenizer keeps: Lucene's reusable string reader does not implement ReadToEnd.</summary>
    private string ReadAll(TextReader reader)
    {
        _text.Clear();
        int read;
        while ((read = reader.Read(_buffer, 0, _buffer.Length)) > 0)
        {
            _text.Append(_buffer, 0, read);
        }
        var text = _text.ToString();
        if (_text.Capacity > 1 << 16)
        {
            // A long text is not held on to by the tokenizer that the analyzer keeps for the thread.
            _text.Clear().Capacity = 1 << 12;
        }
        return text;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_suspended is not null)
        {
            var previous = _tokens[_next - 1];
            _term.SetEmpty().Append(_suspended);
            _offset.SetOffset(CorrectOffset(previous.Start), CorrectOffset(previous.Start + previous.Length));
            _position.PositionIncrement = 0;
            _type.Type = TokenTypes.Suspended;
            _suspended = null;
            return true;
        }
        if (_next >= _tokens.Count)
        {
            return false;
        }
        var token = _tokens[_next];
        var word = token.Text.TrimEnd('-');
        _term.SetEmpty().Append(word);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.Start + token.Length));
        _type.Type = TokenTypes.Word;
        if (token.Text.Length > word.Length && _next + 2 < _tokens.Count && IsConjunction(_tokens[_next + 1].Text))
        {
            _suspended = word + TokenTypes.SuspendedSeparator + _tokens[_next + 2].Text.TrimEnd('-');
        }
        _next++;
        return true;
    }

    /// <summary>Whether a word joins a suspended compound to the next word ("Børne- og Ungdomspsykiatrien").</summary>
    public static bool IsConjunction(string word) => Conjunctions.Contains(word.ToLowerInvariant());

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_length);
        _offset.SetOffset(end, end);
    }
}
