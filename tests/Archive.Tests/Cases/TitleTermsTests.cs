using Archive.Analysis;
using Archive.Cases;
using Archive.Index;
using Lucene.Net.Queries.Mlt;

namespace Archive.Tests.Cases;

/// <summary>
/// The case view picks a title's lookalike words from its own table of the index's title words; it must pick the words
/// Lucene's MoreLikeThis would, in the same order, over an index of several segments (the real minutes of corpus/real
/// and the case fixtures, indexed by two runs).
/// </summary>
public sealed class TitleTermsTests
{
    [Fact]
    public void InterestingWords_AreTheWordsMoreLikeThisChooses_ForEveryTitleOfTheRealMinutes()
    {
        using var folder = new TemporaryFolder("archive-title-terms-");
        var path = Path.Combine(folder.FullName, "index");
        using (var writable = ArchiveIndex.Open(path))
        {
            new ArchiveIngester(writable).Ingest([Repository.Corpus("real", "docs")]);
            new ArchiveIngester(writable).Ingest([CaseIndexFixture.Fixtures]);
        }
        using var index = ArchiveIndex.Open(path, readOnly: true);
        var reader = index.Searcher.IndexReader;
        var like = new MoreLikeThis(reader)
        {
            Analyzer = new DanishLuceneAnalyzer(AnalyzerOutput.Words),
            FieldNames = [IndexSchema.Title],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = TitleTerms.MinWordLength,
            MaxQueryTerms = TitleTerms.MaxWords,
        };
        var documents = new DocumentReader(index);
        var titles = documents.Ids().SelectMany(id => documents.Find(id)!.Items.Select(i => i.Title)).Distinct(StringComparer.Ordinal).ToList();
        var table = TitleTerms.For(reader);
        var differing = titles.Where(t => !table.Interesting(t).Select(w => w.Word).SequenceEqual(like.RetrieveInterestingTerms(new StringReader(t), IndexSchema.Title))).ToList();

        Assert.True(titles.Count > 200, $"the real minutes should hold many titles ({titles.Count})");
        Assert.True(reader.Leaves.Count > 1, "the index should have several segments");
        Assert.Empty(differing);
    }
}
