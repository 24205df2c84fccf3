using Archive.Extraction;
using Archive.Segmentation;
using Archive.Training;

namespace Archive.Tests.Training;

public class ItemHeadingTrainerTests
{
    // Minutes in a toy layout: bold numbered headings, and numbered recommendation lists after "Indstilling:".
    private static ItemHeadingTrainer.Document Toy(string name, int items)
    {
        var lines = new List<SourceLine> { new("Referat", 1, Bold: true) };
        var labels = new List<(string, string)>();
        for (var n = 1; n <= items; n++)
        {
            var title = $"Sag nummer {n} om emne {name}";
            lines.Add(new SourceLine($"{n}. {title}", 1, Bold: true));
            labels.Add((n.ToString(System.Globalization.CultureInfo.InvariantCulture), title));
            lines.Add(new SourceLine("Der er en kort sagsfremstilling her.", 1));
            lines.Add(new SourceLine("Indstilling:", 1));
            lines.Add(new SourceLine("1. At udvalget drøfter sagen", 1, BlankBefore: false));
            lines.Add(new SourceLine("2. At udvalget beslutter noget", 1, BlankBefore: false));
            lines.Add(new SourceLine("3. At udvalget godkender planen", 1, BlankBefore: false));
            lines.Add(new SourceLine("Referat:", 1));
            lines.Add(new SourceLine("Godkendt.", 1));
        }
        return new ItemHeadingTrainer.Document(name, name, lines, labels);
    }

    [Fact]
    public void Training_FromZero_LearnsBoldHeadingsAndSkipsListItems()
    {
        var weights = new ItemHeadingTrainer().Train([Toy("a", 4), Toy("b", 6), Toy("c", 5)]);
        Assert.Equal(1.0, ItemHeadingTrainer.ItemF1(new LinearHeadingScorer(weights), Toy("unseen", 7)));
    }

    [Fact]
    public void Untrained_FindsNothing_SoTheTestAboveMeasuresLearning() =>
        Assert.Equal(0.0, ItemHeadingTrainer.ItemF1(new LinearHeadingScorer(new Dictionary<string, double>()), Toy("unseen", 7)));

    [Fact]
    public void GoldSequence_SkipsAnAgendaListThatRepeatsTheTitles()
    {
        var document = Toy("x", 2);
        var lines = new List<SourceLine> { new("Dagsorden:", 1), new("1. Sag nummer 1 om emne x", 1, BlankBefore: false), new("2. Sag nummer 2 om emne x", 1, BlankBefore: false) };
        lines.AddRange(document.Lines);
        var candidates = new Archive.Segmentation.ItemHeadingDetector(new Archive.Segmentation.SectionLabeler()).Candidates(lines);
        var gold = ItemHeadingTrainer.GoldSequence(candidates, document.Items);
        Assert.All(gold, c => Assert.True(c.LineIndex > 2));
        Assert.Equal(2, gold.Count);
    }
}
