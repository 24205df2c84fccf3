using System.CommandLine;
using System.Globalization;
using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;
using Archive.Training;

namespace Archive.Cli;

/// <summary>
/// `./archive evaluate [FOLDER|FILE]`: segments every document of FOLDER/docs that has a gold file in
/// FOLDER/gold (default corpus/real) with the shipped models and prints the scores per document and
/// per organisation: item F1, decisions whose start is exact, outcome accuracy, meeting dates.
/// Given one file, it lists that file's heading candidates with their scores instead.
/// </summary>
public sealed class EvaluateCommand : ArchiveCommand
{
    private readonly Argument<string> _target = new("FOLDER|FILE")
    {
        Description = "A folder with docs/ and gold/ to score, or one document whose heading candidates to explain",
        DefaultValueFactory = _ => Path.Combine("corpus", "real"),
    };

    public EvaluateCommand()
        : base("evaluate", "Score segmentation and outcomes against hand-written gold, or explain one file's heading candidates",
            "./archive evaluate",
            "./archive evaluate corpus/real/docs/vejen-oekonomiudvalget-2018-06-19.txt")
    {
        Add(_target);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(_target)!;
        if (File.Exists(folder))
        {
            return Explain(folder);
        }
        if (!Directory.Exists(folder))
        {
            return ArchiveCli.Fail($"no folder or file '{folder}'");
        }
        var pairs = CorpusEvaluator.Pairs(Path.Combine(folder, "gold"), Path.Combine(folder, "docs"));
        if (pairs.Count == 0)
        {
            return ArchiveCli.Fail($"no gold file in {folder}/gold has its document in {folder}/docs");
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

    /// <summary>`./archive evaluate FILE`: every heading candidate of one file with its score, the chosen ones marked.</summary>
    private static int Explain(string path)
    {
        var lines = new DocumentExtractor().Extract(path).Lines;
        var detector = new ItemHeadingDetector(new SectionLabeler());
        var candidates = detector.Candidates(lines);
        var chosen = detector.Decode(candidates).Chosen.Select(c => c.LineIndex).ToHashSet();
        foreach (var candidate in candidates)
        {
            var active = string.Join(' ', candidate.Features.Where(f => f.Value != 0).Select(f => f.Key));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(chosen.Contains(candidate.LineIndex) ? '*' : ' ')} line {candidate.LineIndex,5} no. {candidate.Number,3} {candidate.Style,-7} {detector.Score(candidate),7:0.00}  {candidate.Title[..Math.Min(60, candidate.Title.Length)]}  [{active}]"));
        }
        return 0;
    }
}
