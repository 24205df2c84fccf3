using Archive.Index;
using Archive.Search;

namespace Archive.Api;

/// <summary>
/// Opens the index read-only for one request: the process shares one Lucene searcher per index,
/// refreshed at each open, so that a request sees the latest commit of an index run and reads it whole.
/// </summary>
public sealed class IndexProvider
{
    public IndexProvider(string path) => Path = path;

    public string Path { get; }

    public ArchiveIndex Open() => ArchiveIndex.Open(Path, readOnly: true);

    public SearchService Search(ArchiveIndex index) => new(index);
}
