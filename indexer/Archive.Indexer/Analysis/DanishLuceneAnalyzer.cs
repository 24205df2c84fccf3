using Archive.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Util;
using SnowballDanish = Lucene.Net.Tartarus.Snowball.Ext.DanishStemmer;

namespace Archive.Analysis;

/// <summary>
/// The Danish analysis chain as a Lucene <see cref="Analyzer"/>, one stage per line; never folds æ, ø, å.
/// <see cref="AnalyzerOutput.Words"/> gives the words of the text (title, decision and body fields),
/// <see cref="AnalyzerOutput.Parts"/> only the parts of joined words and compounds at their word's position.
/// </summary>
public sealed class DanishLuceneAnalyzer : Analyzer
{
    private static readonly Lazy<StemmerOverrideFilter.StemmerOverrideMap> Overrides = new(() =>
    {
        var builder = new StemmerOverrideFilter.Builder(false);
        foreach (var line in EmbeddedText.Lines("Analysis/stem-overrides.txt"))
        {
            var pair = line.Split('\t', 2);
            builder.Add(pair[0], pair[1]);
        }
        return builder.Build();
    });

    private static readonly string[] WordTypes = [TokenTypes.Word];

    private readonly AnalyzerOutput _output;
    private readonly Decompounder _decompounder;

    public DanishLuceneAnalyzer(AnalyzerOutput output = AnalyzerOutput.All, Decompounder? decompounder = null)
    {
        _output = output;
        _decompounder = decompounder ?? Decompounder.Default;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new DanishWordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
        if (_output == AnalyzerOutput.Surface)
        {
            return new TokenStreamComponents(source, new TypeTokenFilter(LuceneVersion.LUCENE_48, stream, WordTypes, useWhiteList: true));
        }
        stream = new JoinedWordFilter(stream);
        stream = new DanishStopFilter(stream);
        stream = new DecompoundFilter(stream, _decompounder);
        stream = new StemmerOverrideFilter(stream, Overrides.Value);
        stream = new SnowballFilter(stream, new SnowballDanish());
        // Again after stemming: the table also maps Snowball's stems (godk → godkend).
        stream = new StemmerOverrideFilter(stream, Overrides.Value);
        stream = _output switch
        {
            AnalyzerOutput.Words => new TypeTokenFilter(LuceneVersion.LUCENE_48, stream, WordTypes, useWhiteList: true),
            AnalyzerOutput.Parts => new TypeTokenFilter(LuceneVersion.LUCENE_48, stream, WordTypes, useWhiteList: false),
            _ => stream,
        };
        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>Which tokens a <see cref="DanishLuceneAnalyzer"/> gives.</summary>
public enum AnalyzerOutput
{
    /// <summary>Words and, at their positions, their parts.</summary>
    All,

    /// <summary>The words of the text only.</summary>
    Words,

    /// <summary>The parts of joined words and compounds only, at their words' positions.</summary>
    Parts,

    /// <summary>The words as written, lower-cased: no stop words removed, nothing stemmed or split.</summary>
    Surface,
}
