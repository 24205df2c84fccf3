using Archive.Analysis;
using Archive.Index;
using Archive.Search;

namespace Archive.Cli;

/// <summary>An index opened for reading, its search service and a parsed query: what search, trace and export share.</summary>
public sealed class QuerySession : IDisposable
{
    private readonly ArchiveIndex _index;

    private QuerySession(ArchiveIndex index, SearchService service, ParsedQuery query)
    {
        _index = index;
        Service = service;
        Query = query;
    }

    public SearchService Service { get; }

    public ParsedQuery Query { get; }

    /// <summary>Opens the index and parses the words; null with the one-line reason when the query is bad.</summary>
    public static QuerySession? Open(string db, IEnumerable<string> words, out string error)
    {
        var index = ArchiveIndex.Open(db, readOnly: true);
        var service = new SearchService(index);
        var parsed = service.Parser.Parse(string.Join(' ', words));
        if (!parsed.Succeeded)
        {
            index.Dispose();
            error = $"bad query: {parsed.Error}";
            return null;
        }
        error = string.Empty;
        return new QuerySession(index, service, parsed.Query!);
    }

    public void Dispose() => _index.Dispose();
}
