using Lucene.Net.Analysis;

namespace Archive.Analysis;

/// <summary>
/// Keeps a word joined by hyphens, slashes or a decimal point ("covid-19", "15-17-årige", "8.30")
/// whole and unstemmed (marked as a keyword), and emits its letters-and-digits parts at its position.
/// </summary>
public sealed class JoinedWordFilter : PartEmittingFilter
{
    public JoinedWordFilter(TokenStream input)
        : base(input, TokenTypes.JoinedPart)
    {
    }

    protected override bool NextToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (Type.Type == TokenTypes.Word && IsJoined())
        {
            Keyword.IsKeyword = true;
            QueueParts(DanishTokenizer.Parts(Term.ToString()));
        }
        return true;
    }

    private bool IsJoined()
    {
        var buffer = Term.Buffer;
        for (var i = 0; i < Term.Length; i++)
        {
            if (buffer[i] is '-' or '/' or '.')
            {
                return true;
            }
        }
        return false;
    }
}
