using Archive.Segmentation;

namespace Archive.Tests.Segmentation;

/// <summary>
/// The participant reader skips lines without an absence word before it tries its five absence patterns. A pattern
/// that learns a new word without the precheck learning it too would silently stop finding who was absent.
/// </summary>
public class AbsencePrecheckTests
{
    private static IEnumerable<string> CorpusLines()
    {
        var folders = new[] { Repository.Corpus("txt"), Repository.Corpus("real", "docs"), Path.Combine(Repository.Root, "training") };
        return folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => Path.GetExtension(file) is ".txt" or ".md" or ".html" or ".htm")
            .SelectMany(File.ReadLines);
    }

    [Fact]
    public void EveryLineAnAbsencePatternReads_PassesThePrecheck_InAnyCase()
    {
        var noted = 0;
        var missed = new List<string>();
        foreach (var line in CorpusLines().Concat(HandWritten))
        {
            foreach (var variant in new[] { line, line.ToUpperInvariant(), line.ToLowerInvariant() })
            {
                if (ParticipantReader.NotesAbsence(variant))
                {
                    noted++;
                    if (!ParticipantReader.MayNoteAbsence(variant))
                    {
                        missed.Add(variant);
                    }
                }
            }
        }
        Assert.Empty(missed);
        // The corpus must exercise the patterns, or the check above proves nothing.
        Assert.True(noted >= 50, $"only {noted} lines note an absence");
    }

    [Fact]
    public void LinesWithoutAnAbsenceWord_AreSkipped_AndNoteNothing()
    {
        Assert.False(ParticipantReader.MayNoteAbsence("Deltagere: Anne Hansen, Bo Jensen"));
        Assert.Equal(["Bo Jensen"], ParticipantReader.Absent(["Deltagere: Anne Hansen", "Afbud: Bo Jensen"]));
    }

    /// <summary>Forms of each pattern the corpus may lack.</summary>
    private static readonly string[] HandWritten =
    [
        "Fraværende med afbud:",
        "Ikke til stede: Per Holm",
        "Deltog ikke: Per Holm",
        "Bo Hansen (A) Afbud: Peter E. Nielsen (A) Stedfortrædere: Ole Bruun",
        "Medlemmerne var mødt, bortset fra Bo Hansen og Per Holm, der havde meldt afbud.",
        "Alle var mødt, bortset fra Ole Bruun.",
        "Afbud fra Benthe Viola Holm, stedfortræder Jens Ravn.",
        "Anne Hansen – afbud",
        "Anne Hansen (afbud)",
        "Anne Hansen (fraværende)",
        "Anne Hansen deltog ikke",
    ];
}
