using System.Globalization;
using Archive.Generation;
using Archive.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneWriter = Lucene.Net.Index.IndexWriter;

namespace Archive.Tests.Index;

/// <summary>
/// The stored-fields codec reads its own chunks with a faster decoder; a merge reads them through a
/// checksumming input that cannot go back. Merges must work, or an index keeps every small segment it
/// was written in, and each query pays for each of them.
/// </summary>
public sealed class StoredFieldsCodecTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-codec-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ForceMerge_KeepsEveryStoredText_WithDeletionsBetweenCommits()
    {
        StoredFieldsCodec.Register();
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()) { Codec = new StoredFieldsCodec() };
        var texts = Enumerable.Range(0, 3000).Select(i => $"punkt {i}: " + string.Concat(Enumerable.Repeat($"Sundhedsaftalen for {i % 17} kommuner æøå. ", 1 + (i % 40)))).ToList();
        using (var writer = new LuceneWriter(directory, config))
        {
            for (var i = 0; i < texts.Count; i++)
            {
                writer.AddDocument([new StringField("id", i.ToString(CultureInfo.InvariantCulture), Field.Store.YES), new StoredField("text", texts[i])]);
                if (i % 250 == 249)
                {
                    writer.DeleteDocuments(new Term("id", (i - 100).ToString(CultureInfo.InvariantCulture)));
                    writer.Commit();
                }
            }
            writer.ForceMerge(1);
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Single(reader.Leaves);
        Assert.Equal(texts.Count - 12, reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            Assert.Equal(texts[int.Parse(stored.Get("id", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)], stored.Get("text", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void AnIndexWrittenInManySmallBatches_IsMerged_IntoFewerSegments()
    {
        var minutes = _folder.PathTo("minutes");
        MinutesGenerator.FromCorpus(Repository.Corpus("txt")).Write(minutes, 120, seed: 5);
        var database = _folder.PathTo("index");
        using (var writable = ArchiveIndex.Open(database))
        {
            // About 50 commits of 20 items: without merges, as many segments.
            Assert.Empty(new ArchiveIngester(writable) { BatchItems = 20 }.Ingest([minutes]).Failed);
        }
        using var index = ArchiveIndex.Open(database, readOnly: true);
        var segments = index.Searcher.IndexReader.Leaves.Count;
        Assert.True(segments <= 12, $"{segments} segments after an index run in batches of 20 items");
    }
}
