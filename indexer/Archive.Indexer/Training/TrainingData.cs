using System.Text.Json;
using Archive.Extraction;

namespace Archive.Training;

/// <summary>Loads the labelled documents the heading model learns from: the seeds with their gold, and training/segmentation.</summary>
public static class TrainingData
{
    /// <summary>Every seed in every rendering (TXT and PDF), labelled by corpus/gold; both renderings of a meeting form one group.</summary>
    public static IEnumerable<ItemHeadingTrainer.Document> Seeds(string corpusFolder, DocumentExtractor extractor)
    {
        foreach (var goldFile in Directory.GetFiles(Path.Combine(corpusFolder, "gold"), "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
            if (!gold.RootElement.TryGetProperty("items", out var items))
            {
                continue;
            }
            var id = gold.RootElement.GetProperty("document").GetString()!;
            var labels = items.EnumerateArray().Select(i => (i.GetProperty("number").GetString()!, i.GetProperty("title").GetString()!)).ToList();
            foreach (var format in new[] { "txt", "pdf" })
            {
                var path = Path.Combine(corpusFolder, format, $"{id}.{format}");
                if (File.Exists(path))
                {
                    yield return new ItemHeadingTrainer.Document($"{id}.{format}", id, extractor.Extract(path).Lines, labels);
                }
            }
        }
    }

    /// <summary>
    /// The real minutes of corpus/real (docs/ beside gold/) in a format this build reads; the group is the
    /// organisation, so that leave-one-group-out evaluation leaves a whole municipality out.
    /// </summary>
    public static IEnumerable<(GoldMeeting Gold, ItemHeadingTrainer.Document Document)> Real(string realFolder, DocumentExtractor extractor)
    {
        foreach (var (gold, path) in CorpusEvaluator.Pairs(Path.Combine(realFolder, "gold"), Path.Combine(realFolder, "docs")))
        {
            yield return (gold, new ItemHeadingTrainer.Document(Path.GetFileName(path), gold.Organisation, extractor.Extract(path).Lines,
                gold.Items.Select(i => (i.Number, i.Title)).ToList()));
        }
    }

    /// <summary>Files in the folder with a NAME.items.tsv beside them (number&lt;TAB&gt;title a line).</summary>
    public static IEnumerable<ItemHeadingTrainer.Document> Labelled(string folder, DocumentExtractor extractor)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        foreach (var labels in Directory.GetFiles(folder, "*.items.tsv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(labels)[..^".items.tsv".Length];
            var source = Directory.GetFiles(folder, name + ".*").FirstOrDefault(DocumentExtractor.IsSupported);
            if (source is null)
            {
                continue;
            }
            var items = File.ReadLines(labels).Where(l => l.Length > 0).Select(l => l.Split('\t', 2)).Select(p => (p[0], p[1])).ToList();
            yield return new ItemHeadingTrainer.Document(Path.GetFileName(source), name, extractor.Extract(source).Lines, items);
        }
    }
}
