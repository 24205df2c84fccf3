using System.Globalization;
using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;
using Archive.Training;

namespace Archive.Cli;

/// <summary>
/// `./archive evaluate [FOLDER]`: segments every document of FOLDER/docs that has a gold file in
/// FOLDER/gold (default corpus/real) with the shipped models and prints the scores per document and
/// per organisation: item F1, decisions whose start is exact, outcome accuracy, meeting dates.
/// </summary>
public static class EvaluateCommand
{
    public static int Run(CliArguments arguments)
    {
        var folder = arguments.Positional.FirstOrDefault() ?? Path.Combine("corpus", "real");
        var pairs = CorpusEvaluator.Pairs(Path.Combine(folder, "gold"), Path.Combine(folder, "docs"));
        if (pairs.Count == 0)
        {
            Console.Error.WriteLine($"archive: no gold file in {folder}/gold has its document in {folder}/docs");
            return 1;
        }
        var extractor = new DocumentExtractor();
        var segmenter = new MeetingSegmenter();
        var scores = new Dictionary<string, CorpusEvaluator.Score>(StringComparer.Ordinal);
        foreach (var (gold, path) in pairs)
        {
            var score = CorpusEvaluator.Evaluate(segmenter.Segment(extractor.Extract(path).Lines, path), gold, OutcomeClassifier.Default);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{gold.Id}: items {score.ItemsRight}/{score.Gold} (found {score.Found}), F1 {score.ItemF1:0.00}, decisions {score.DecisionsRight}, outcomes {score.OutcomesRight}, date {(score.DatesRight == 1 ? "right" : "wrong")}"));
            scores[gold.Organisation] = scores.GetValueOrDefault(gold.Organisation, CorpusEvaluator.Score.Zero) + score;
        }
        Console.WriteLine();
        Console.WriteLine(CorpusEvaluator.Table(scores));
        return 0;
    }
}
