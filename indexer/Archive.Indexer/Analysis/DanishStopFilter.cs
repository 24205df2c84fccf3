using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Archive.Text;

namespace Archive.Analysis;

/// <summary>
/// Drops the Danish stop words of danish-stopwords.txt (Snowball's list less the words that matter in
/// minutes: "ikke" stays). Unlike Lucene's StopFilter it leaves no position gap, so that a phrase
/// query matches with or without stop words between its words, as the query language promises.
/// </summary>
public sealed class DanishStopFilter : TokenFilter
{
    public static CharArraySet StopWords { get; } =
        new CharArraySet(LuceneVersion.LUCENE_48, EmbeddedText.Lines("Analysis/danish-stopwords.txt").ToList(), false).AsReadOnly();

    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;

    public DanishStopFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var checkable = !_keyword.IsKeyword && _type.Type is TokenTypes.Word or TokenTypes.JoinedPart;
            if (!checkable || !StopWords.Contains(_term.Buffer, 0, _term.Length))
            {
                return true;
            }
        }
        return false;
    }
}
