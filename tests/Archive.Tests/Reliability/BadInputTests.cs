using System.Diagnostics;
using System.Text;
using Archive.Extraction;
using Archive.Index;

namespace Archive.Tests.Reliability;

/// <summary>Messy archives: every bad file is named with its reason, every good file is indexed, and nothing changes on a second run.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-bad-");

    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void AMessyFolder_IsIndexedExceptItsBadFiles_AndASecondRunChangesNothing()
    {
        var minutes = Directory.CreateDirectory(Path.Combine(_folder.FullName, "minutes"));
        var seeds = Directory.GetFiles(Repository.Corpus("txt"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var seedText = File.ReadAllText(seeds[0]);
        File.Copy(seeds[0], Path.Combine(minutes.FullName, "møde med mellemrum 'og' \"citat\".txt"));
        File.WriteAllText(Path.Combine(minutes.FullName, "windows-1252.txt"), File.ReadAllText(seeds[1]), Encoding.GetEncoding(1252));
        File.WriteAllText(Path.Combine(minutes.FullName, "utf-16.txt"), File.ReadAllText(seeds[2]), Encoding.Unicode);
        File.Copy(Repository.Corpus("pdf", Path.GetFileNameWithoutExtension(seeds[3]) + ".pdf"), Path.Combine(minutes.FullName, "god.pdf"));

        var bad = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tom.txt"] = "empty file",
            ["binær.txt"] = "binary file",
            ["binær.pdf"] = "not a PDF",
            ["afkortet.pdf"] = "corrupt PDF",
            ["krypteret.pdf"] = "encrypted",
            ["scannet.pdf"] = "no text layer",
            ["kæmpe.txt"] = "too large",
        };
        File.WriteAllBytes(Path.Combine(minutes.FullName, "tom.txt"), []);
        var junk = Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 256)).ToArray();
        File.WriteAllBytes(Path.Combine(minutes.FullName, "binær.txt"), junk);
        File.WriteAllBytes(Path.Combine(minutes.FullName, "binær.pdf"), junk);
        var pdf = File.ReadAllBytes(Repository.Corpus("pdf", Path.GetFileNameWithoutExtension(seeds[4]) + ".pdf"));
        File.WriteAllBytes(Path.Combine(minutes.FullName, "afkortet.pdf"), pdf[..2000]);
        using (var qpdf = Process.Start("qpdf", ["--encrypt", "bruger", "ejer", "256", "--", Repository.Corpus("pdf", Path.GetFileNameWithoutExtension(seeds[4]) + ".pdf"), Path.Combine(minutes.FullName, "krypteret.pdf")]))
        {
            qpdf.WaitForExit();
        }
        File.WriteAllBytes(Path.Combine(minutes.FullName, "scannet.pdf"), TextlessPdf.Bytes());
        File.WriteAllText(Path.Combine(minutes.FullName, "kæmpe.txt"), string.Concat(Enumerable.Repeat(seedText, 60)));
        // A symbolic-link loop must not trap the walk.
        File.CreateSymbolicLink(Path.Combine(minutes.FullName, "løkke"), minutes.FullName);

        var database = Path.Combine(_folder.FullName, "archive.db");
        var first = ArchiveProcess.Run("index", minutes.FullName, "--db", database, "--max-file-mb", "0.3");
        Assert.Equal(2, first.Exit);
        foreach (var (file, reason) in bad)
        {
            Assert.True(first.Error.Split('\n').Any(line => line.Contains(file, StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal)),
                $"{file}: '{reason}' not reported in:\n{first.Error}");
        }
        Assert.Contains($"4 indexed, 0 unchanged, 0 other renderings, 0 removed, {bad.Count} failed", first.Output, StringComparison.Ordinal);

        var second = ArchiveProcess.Run("index", minutes.FullName, "--db", database, "--max-file-mb", "0.3");
        Assert.Equal(2, second.Exit);
        Assert.Contains($"0 indexed, 4 unchanged, 0 other renderings, 0 removed, {bad.Count} failed", second.Output, StringComparison.Ordinal);

        using var index = ArchiveIndex.Open(database, readOnly: true);
        Assert.Equal(4L, index.Counts().Documents);
        // Decoded as Windows-1252, not as broken UTF-8: the Danish letters of the titles are intact.
        Assert.Contains(new DocumentReader(index).Find("windows-1252")!.Items, i => i.Title == "Opsamling på seminaret ved Charlotte Larsen");
    }

    [Fact]
    public void APathThatIsNeitherFileNorFolder_IsNamed_AndTheRunExits2()
    {
        var result = ArchiveProcess.Run("index", Path.Combine(_folder.FullName, "findes-ikke"), "--db", Path.Combine(_folder.FullName, "x.db"));
        Assert.Equal(2, result.Exit);
        Assert.Contains("findes-ikke: no such file or folder", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "\"uafsluttet")]
    [InlineData("search", "farve:blå")]
    [InlineData("trace", "OR")]
    public void ABadQuery_ExitsWith1_AndOneLineOnStderr(string command, string query)
    {
        var database = Path.Combine(_folder.FullName, "q.db");
        using (var index = ArchiveIndex.Open(database))
        {
            new ArchiveIngester(index).Ingest([Repository.Corpus("txt")]);
        }
        var result = ArchiveProcess.Run(command, query, "--db", database);
        Assert.Equal(1, result.Exit);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("archive: bad query:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Poppler_IsStoppedAtItsTimeLimit()
    {
        var runner = new PopplerRunner { TimeLimit = TimeSpan.FromMilliseconds(1) };
        var error = Assert.Throws<ExtractionException>(() => runner.Run("pdftohtml", "-xml", "-stdout", "-q", Repository.Corpus("pdf", Repository.SeedIds.Last() + ".pdf")));
        Assert.Contains("took longer than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Poppler_IsStoppedAtItsOutputLimit()
    {
        var runner = new PopplerRunner { OutputLimitBytes = 4096 };
        var error = Assert.Throws<ExtractionException>(() => runner.Run("pdftohtml", "-xml", "-stdout", "-q", Repository.Corpus("pdf", Repository.SeedIds.Last() + ".pdf")));
        Assert.Contains("produced more than 4 KB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIndexRun_IntoAFolderOfOtherFiles_IsRefused_AndLeavesItAlone()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "minutes-as-db"));
        File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not an index");
        var result = ArchiveProcess.Run("index", Repository.Corpus("txt"), "--db", folder.FullName);
        Assert.Equal(1, result.Exit);
        Assert.Contains("not an index", result.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], folder.GetFileSystemInfos().Select(f => f.Name));
    }

    public void Dispose() => _folder.Dispose();
}
