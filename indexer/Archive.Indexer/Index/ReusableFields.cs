using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Archive.Index;

/// <summary>
/// The token streams and keyword fields one writer thread reuses from one document to the next. A new
/// stream or keyword field per document cost Lucene a locked attribute lookup and a fresh attribute
/// state each time; Lucene inverts each document of a block before it asks for the next, so one set
/// serves every document.
/// </summary>
public sealed class ReusableFields : IDisposable
{
    private readonly CapturedTokens.Replay[] _words = [new(), new(), new()];
    private readonly CapturedTokens.Replay _parts = new();
    private readonly CapturedTokens.Replay _spelling = new();
    private readonly Dictionary<(string Name, Field.Store Store), StringField> _keywords = [];

    /// <summary>The words of the title (0), the decision (1) or the body (2), at their positions.</summary>
    public TokenStream Words(CapturedTokens tokens, int text) => tokens.Words(_words[text], text);

    /// <summary>The parts of the three texts, each at its word's position.</summary>
    public TokenStream Parts(CapturedTokens tokens) => tokens.Parts(_parts);

    /// <summary>The distinct words as written.</summary>
    public TokenStream Spelling(CapturedTokens tokens) => tokens.SpellingWords(_spelling);

    /// <summary>A keyword field (indexed as one term), set to this value until it is asked for again.</summary>
    public Field Keyword(string name, string value, Field.Store store)
    {
        if (!_keywords.TryGetValue((name, store), out var field))
        {
            _keywords[(name, store)] = field = new StringField(name, value, store);
        }
        field.SetStringValue(value);
        return field;
    }

    public void Dispose()
    {
        foreach (var replay in _words.Append(_parts).Append(_spelling))
        {
            replay.Dispose();
        }
    }
}
