namespace Archive.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Corpus(params string[] parts) => Path.Combine([Root, "corpus", .. parts]);

    public static IEnumerable<string> SeedIds => Directory.GetFiles(Corpus("txt"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Archive.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Archive.sln not found above the test binaries");
    }
}
