using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Segmentation;
using Archive.Text;

namespace Archive.Generation;

/// <summary>
/// Writes realistic Danish minutes at any scale, deterministically from a seed, for benchmarks:
/// forums, clusters and dates (2010–2026) as in real archives, the layouts of the seeds and of
/// FirstAgenda, and text recombined from the corpus's own sentences with recurring topics woven in.
/// </summary>
public sealed partial class MinutesGenerator
{
    private static readonly string[] Forums = ["Klyngestyregruppe", "Chefforum", "Direktørforum", "Politisk Klynge", "Driftsforum Psykiatri", "Driftsforum Somatik", "Sundheds- og Ældreudvalget", "Økonomiudvalget"];
    private static readonly string[] Clusters = ["Nord", "Midt", "Syd", "Vest"];
    private static readonly string[] Names = ["Anne Vinther", "Ole Berg", "Mette Lund", "Søren Bak", "Lise Holm", "Jens Krogh", "Hanne Dahl", "Peter Friis", "Karin Møller", "Bo Hansen", "Lone Sørensen", "Niels Jørgensen"];
    private static readonly Dictionary<string, string[]> Decisions = new(StringComparer.Ordinal)
    {
        ["noted"] = ["Orienteringen blev taget til efterretning.", "Taget til efterretning.", "{F} tog orienteringen om {T} til efterretning."],
        ["approved"] = ["Godkendt.", "Indstillingen blev godkendt.", "{F} godkendte planen for {T}."],
        ["decided"] = ["Det blev besluttet, at sekretariatet udarbejder et oplæg om {T} til næste møde.", "Der var enighed om at nedsætte en arbejdsgruppe om {T}.", "Det aftales, at kommunerne melder tilbage inden næste møde."],
        ["discussed"] = ["Punktet om {T} blev drøftet.", "Sagen blev drøftet uden konklusion."],
        ["referred"] = ["Sagen oversendes til Direktørforum.", "Forslaget om {T} sendes videre til Sundhedssamarbejdsudvalget."],
        ["postponed"] = ["Punktet blev udsat til næste møde.", "Sagen udsættes, indtil økonomien er belyst."],
        ["rejected"] = ["Indstillingen blev ikke godkendt.", "{F} kunne ikke tiltræde forslaget om {T}."],
        ["none"] = ["Intet til referat.", "Ingen bemærkninger."],
    };

    /// <summary>A year's case numbers come from this many, so that a case recurs in several meetings, as real ones do.</summary>
    private const int CasesPerYear = 4000;

    private readonly IReadOnlyList<string> _sentences;
    private readonly IReadOnlyList<string> _titles;
    private readonly IReadOnlyList<string> _topics = EmbeddedText.Lines("Generation/topics.txt");

    private MinutesGenerator(IReadOnlyList<string> sentences, IReadOnlyList<string> titles)
    {
        _sentences = sentences;
        _titles = titles;
    }

    /// <summary>Harvests sentences and titles from the minutes in a folder by segmenting them.</summary>
    public static MinutesGenerator FromCorpus(string folder)
    {
        var extractor = new DocumentExtractor();
        var segmenter = new MeetingSegmenter();
        var sentences = new List<string>();
        var titles = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var meeting = segmenter.Segment(extractor.Extract(file).Lines, file);
            foreach (var item in meeting.Items)
            {
                titles.Add(item.Title);
                sentences.AddRange(SentencePattern().Split(item.Body).Where(s => s.Length is > 40 and < 400 && !s.Contains('\n', StringComparison.Ordinal)));
            }
        }
        if (sentences.Count == 0)
        {
            throw new InvalidOperationException($"no minutes to learn sentences from in {folder}");
        }
        return new MinutesGenerator(sentences, titles);
    }

    /// <summary>Writes the meetings into folders of 1,000 files; returns the number of agenda items written.</summary>
    public long Write(string outputFolder, int meetings, int seed)
    {
        var random = new Random(seed);
        long items = 0;
        for (var m = 0; m < meetings; m++)
        {
            var folder = Path.Combine(outputFolder, (m / 1000).ToString("D4", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var (text, count) = Meeting(random);
            File.WriteAllText(Path.Combine(folder, $"meeting-{m:D7}.txt"), text);
            items += count;
        }
        return items;
    }

    private (string Text, int Items) Meeting(Random random)
    {
        var forum = Forums[random.Next(Forums.Length)];
        var cluster = Clusters[random.Next(Clusters.Length)];
        var date = new DateOnly(2010, 1, 4).AddDays(random.Next(0, 16 * 365 + 300));
        var topics = Enumerable.Range(0, 3).Select(_ => _topics[random.Next(_topics.Count)]).ToList();
        var itemCount = random.Next(5, 12);
        var firstAgenda = random.Next(3) == 0;
        var text = new StringBuilder();
        var dateText = date.ToString("d. MMMM yyyy", DanishCulture.Instance);
        var absent = Names[random.Next(Names.Length)];

        if (firstAgenda)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Referat\n{forum}, Klynge {cluster}\n\nMødedato: {dateText}\nMødested: Mødelokale {random.Next(1, 9)}\nFraværende: {absent}\n");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"# Referat\n\n<b>Møde</b>\t{forum}, Klynge {cluster}\n<b>Tid</b>\t{dateText} kl. {random.Next(8, 16)}.00\n<b>Afbud</b>\t{absent}\n");
        }
        for (var n = 1; n <= itemCount; n++)
        {
            var topic = n == 1 ? null : topics[random.Next(topics.Count)];
            var title = n == 1 ? "Godkendelse af dagsorden"
                : n == itemCount ? "Eventuelt"
                : random.Next(2) == 0 ? Capitalise(topic!) : $"{_titles[random.Next(_titles.Count)]} – {topic}";
            var outcome = n == 1 ? "approved" : n == itemCount ? "none" : Decisions.Keys.ElementAt(random.Next(Decisions.Count - 1));
            var decision = Decisions[outcome][random.Next(Decisions[outcome].Length)].Replace("{F}", forum, StringComparison.Ordinal).Replace("{T}", topic ?? "dagsordenen", StringComparison.Ordinal);
            var background = string.Join(' ', Enumerable.Range(0, random.Next(2, 7)).Select(_ => _sentences[random.Next(_sentences.Count)]));
            if (topic is not null)
            {
                background = $"Punktet handler om {topic}. {background}";
            }
            if (firstAgenda)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Punkt {n}: {title}\nSagsnr.: EMN-{date.Year}-{random.Next(1, CasesPerYear):D6}\n\nSagsfremstilling\n{background}\n\nDet indstilles:\nAt sagen behandles.\n\nBeslutninger\n{decision}\n");
            }
            else
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"## {n}. {title}\n\n{background}\n\nIndstilling:\n\nDet indstilles, at {forum} tager stilling.\n\nReferat:\n\n*{decision}*\n");
            }
        }
        return (text.ToString(), itemCount);
    }

    private static string Capitalise(string text) => char.ToUpper(text[0], DanishCulture.Instance) + text[1..];

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentencePattern();
}
