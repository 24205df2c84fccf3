using Lucene.Net.Analysis;

namespace Archive.Analysis;

/// <summary>
/// Emits the known words inside a compound at the compound's position, from our
/// <see cref="Decompounder"/> (our word list, cached, parts of four letters or more), and resolves a
/// suspended compound ("børne" + head of "ungdomspsykiatrien" → "børnepsykiatrien"). Lucene's
/// DictionaryCompoundWordTokenFilter was slower and split words into junk (byg, els, dan).
/// </summary>
public sealed class DecompoundFilter : PartEmittingFilter
{
    private readonly Decompounder _decompounder;

    public DecompoundFilter(TokenStream input, Decompounder decompounder)
        : base(input, TokenTypes.CompoundPart) => _decompounder = decompounder;

    protected override bool NextToken()
    {
        while (m_input.IncrementToken())
        {
            if (Type.Type == TokenTypes.Suspended)
            {
                var text = Term.ToString();
                var separator = text.IndexOf(TokenTypes.SuspendedSeparator, StringComparison.Ordinal);
                if (_decompounder.Head(text[(separator + 1)..]) is not { } head)
                {
                    continue; // Its position increment is 0: dropping it leaves no gap.
                }
                Term.SetEmpty().Append(text[..separator]).Append(head);
                Type.Type = TokenTypes.CompoundPart;
                return true;
            }
            if (!Keyword.IsKeyword && Type.Type is TokenTypes.Word or TokenTypes.JoinedPart)
            {
                QueueParts(_decompounder.Parts(Term.ToString()));
            }
            return true;
        }
        return false;
    }
}
