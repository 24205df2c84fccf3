using Archive.Analysis;
using Archive.Index;
using Archive.Search;

namespace Archive.Api;

/// <summary>Opens the index read-only for one request: SQLite connections are not shared between threads, and WAL lets readers run beside a writer.</summary>
public sealed class IndexProvider
{
    private readonly DanishAnalyzer _analyzer = new();

    public IndexProvider(string path) => Path = path;

    public string Path { get; }

    public ArchiveIndex Open() => ArchiveIndex.Open(Path, readOnly: true);

    public SearchService Search(ArchiveIndex index) => new(index, _analyzer);
}
