using System.Text;

namespace Archive.Search;

/// <summary>
/// Writes a parsed query as an FTS5 MATCH expression. Every term is an analyzed index term and
/// is written as a quoted FTS5 string, so user text can never act as FTS5 syntax.
/// </summary>
public static class FtsExpression
{
    public static string Of(QueryNode node) => node switch
    {
        TermNode t => Quote(t.Term) + (t.Prefix ? "*" : string.Empty),
        PhraseNode p => Quote(string.Join(' ', p.Terms)),
        AndNode a => And(a),
        OrNode o => "(" + string.Join(" OR ", o.Children.Select(Of)) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string And(AndNode node)
    {
        var builder = new StringBuilder("(");
        builder.AppendJoin(" AND ", node.Required.Select(Of));
        foreach (var excluded in node.Excluded)
        {
            builder.Append(" NOT ").Append(Of(excluded));
        }
        return builder.Append(')').ToString();
    }

    /// <summary>A quoted FTS5 string. Control characters are dropped: a NUL would end the expression inside SQLite.</summary>
    private static string Quote(string term) =>
        "\"" + new string(term.Where(c => !char.IsControl(c)).ToArray()).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
