using System.CommandLine;

namespace Archive.Cli;

/// <summary>A command over a query (search, trace, export): the index is opened and the query parsed once; a bad query is one line and exit 1.</summary>
public abstract class QueryCommand : ArchiveCommand
{
    private readonly Argument<string[]> _query = CommonOptions.Query();

    protected QueryCommand(string name, string description, params string[] examples)
        : base(name, description, examples)
    {
        Add(_query);
        SetAction(Run);
    }

    protected abstract int Run(ParseResult parse, QuerySession session);

    private int Run(ParseResult parse)
    {
        using var session = QuerySession.Open(parse.GetValue(CommonOptions.Db)!, parse.GetValue(_query)!, out var error);
        return session is null ? ArchiveCli.Fail(error) : Run(parse, session);
    }
}
