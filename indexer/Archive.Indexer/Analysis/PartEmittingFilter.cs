using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Analysis;

/// <summary>
/// A filter that may follow a token with parts of it at the same position: a subclass queues them with
/// <see cref="QueueParts"/> while it looks at the token, and they come out next, one token each.
/// </summary>
public abstract class PartEmittingFilter : TokenFilter
{
    private readonly Queue<string> _parts = new();
    private readonly string _partType;
    private State? _state;

    protected PartEmittingFilter(TokenStream input, string partType)
        : base(input)
    {
        _partType = partType;
        Term = AddAttribute<ICharTermAttribute>();
        Position = AddAttribute<IPositionIncrementAttribute>();
        Type = AddAttribute<ITypeAttribute>();
        Keyword = AddAttribute<IKeywordAttribute>();
    }

    protected ICharTermAttribute Term { get; }

    protected IPositionIncrementAttribute Position { get; }

    protected ITypeAttribute Type { get; }

    protected IKeywordAttribute Keyword { get; }

    public sealed override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_state);
            Term.SetEmpty().Append(_parts.Dequeue());
            Position.PositionIncrement = 0;
            Type.Type = _partType;
            Keyword.IsKeyword = false;
            return true;
        }
        return NextToken();
    }

    /// <summary>Moves to the next token of the input, as IncrementToken does, queueing parts for after it.</summary>
    protected abstract bool NextToken();

    /// <summary>Queues parts to follow the current token at its position.</summary>
    protected void QueueParts(IEnumerable<string> parts)
    {
        foreach (var part in parts)
        {
            _parts.Enqueue(part);
        }
        if (_parts.Count > 0)
        {
            _state = CaptureState();
        }
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _state = null;
    }
}
