using System.Globalization;
using System.Text;
using Archive.Analysis;
using Archive.Segmentation;
using Archive.Text;

namespace Archive.Search;

/// <summary>
/// Parses the query language: plain words (all must match), "exact phrases", prefix*, OR,
/// -exclude, and the filters klynge:, forum:, år: (2020 or 2020..2021), udfald: and sag: (a case number). Words are
/// analyzed by the index's own chain (<see cref="QueryWordAnalyzer"/>). Mistakes come back as a
/// one-line error.
/// </summary>
public sealed class SearchQueryParser
{
    public const int MaxLength = 500;

    private static readonly Dictionary<string, string> OutcomeNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["noted"] = "noted", ["efterretning"] = "noted", ["approved"] = "approved", ["godkendt"] = "approved",
        ["decided"] = "decided", ["besluttet"] = "decided", ["discussed"] = "discussed", ["drøftet"] = "discussed",
        ["referred"] = "referred", ["oversendt"] = "referred", ["postponed"] = "postponed", ["udsat"] = "postponed",
        ["rejected"] = "rejected", ["afvist"] = "rejected", ["none"] = "none", ["intet"] = "none",
    };

    private readonly QueryWordAnalyzer _analyzer;

    public SearchQueryParser(QueryWordAnalyzer analyzer) => _analyzer = analyzer;

    private enum Kind { Word, Phrase, Or, Filter }

    private sealed record Lexeme(Kind Kind, string Text, bool Negated, bool Prefix, string FilterName = "");

    public QueryParseResult Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return QueryParseResult.Fail("the query is empty");
        }
        if (query.Length > MaxLength)
        {
            return QueryParseResult.Fail($"the query is {query.Length} characters long; the limit is {MaxLength}");
        }
        // A query pasted from a PDF may carry its ligatures ("ﬂygtninge"): read in the form the index text has.
        var (lexemes, error) = Lex(TextForm.Normalize(query));
        if (error is not null)
        {
            return QueryParseResult.Fail(error);
        }

        var filters = QueryFilters.None;
        var groups = new List<List<Lexeme>> { new() };
        for (var i = 0; i < lexemes.Count; i++)
        {
            var lexeme = lexemes[i];
            if (lexeme.Kind == Kind.Filter)
            {
                var (updated, filterError) = ApplyFilter(filters, lexeme);
                if (filterError is not null)
                {
                    return QueryParseResult.Fail(filterError);
                }
                filters = updated;
            }
            else if (lexeme.Kind == Kind.Or)
            {
                if (groups[^1].Count == 0 || i == lexemes.Count - 1 || lexemes[i + 1].Kind is Kind.Or or Kind.Filter)
                {
                    return QueryParseResult.Fail("OR needs a word on each side, as in: hjemløse OR udsatte");
                }
                groups.Add([]);
            }
            else
            {
                groups[^1].Add(lexeme);
            }
        }

        var ands = new List<AndNode>();
        foreach (var group in groups.Where(g => g.Count > 0))
        {
            var required = new List<QueryNode>();
            var excluded = new List<QueryNode>();
            foreach (var lexeme in group)
            {
                var node = ToNode(lexeme);
                if (node is null)
                {
                    continue;
                }
                (lexeme.Negated ? excluded : required).Add(node);
            }
            if (required.Count > 0 || excluded.Count > 0)
            {
                ands.Add(new AndNode(required, excluded));
            }
        }

        if (ands.Count == 0)
        {
            return filters == QueryFilters.None
                ? QueryParseResult.Fail("the query has no searchable words (only stop words such as 'og', 'i', 'at')")
                : QueryParseResult.Success(new ParsedQuery(query, null, null, filters));
        }
        if (ands.Count == 1 && ands[0].Required.Count == 0)
        {
            return QueryParseResult.Success(new ParsedQuery(query, null, new OrNode(ands[0].Excluded), filters));
        }
        if (ands.Any(a => a.Required.Count == 0))
        {
            return QueryParseResult.Fail("each side of OR needs a word that must match, not only -exclusions");
        }
        QueryNode text = ands.Count == 1 ? ands[0] : new OrNode(ands);
        return QueryParseResult.Success(new ParsedQuery(query, text, null, filters));
    }

    private QueryNode? ToNode(Lexeme lexeme)
    {
        if (lexeme.Kind == Kind.Phrase)
        {
            var terms = _analyzer.PhraseTerms(lexeme.Text);
            return terms.Count switch
            {
                0 => null,
                1 => new TermNode(terms[0], false),
                _ => new PhraseNode(terms),
            };
        }
        if (lexeme.Prefix)
        {
            // A prefix is not stemmed, but keeps only what the tokenizer keeps in a term: letters, digits, - / .
            var prefix = new string(lexeme.Text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '/' or '.').ToArray());
            return prefix.Any(char.IsLetterOrDigit) ? new TermNode(prefix, true) : null;
        }
        return _analyzer.QueryTerm(lexeme.Text) is { } term ? new TermNode(term, false) : null;
    }

    private static (QueryFilters, string?) ApplyFilter(QueryFilters filters, Lexeme lexeme)
    {
        var value = lexeme.Text.Trim();
        if (value.Length == 0)
        {
            return (filters, $"the filter {lexeme.FilterName}: needs a value, as in {lexeme.FilterName}:{Example(lexeme.FilterName)}");
        }
        if (lexeme.Negated)
        {
            return (filters, $"a filter cannot be excluded: -{lexeme.FilterName}:{value}");
        }
        switch (lexeme.FilterName)
        {
            case "klynge":
                var cluster = value.ToLowerInvariant() switch { "nord" => "Nord", "midt" => "Midt", "syd" => "Syd", "vest" => "Vest", _ => null };
                return cluster is null ? (filters, $"unknown cluster '{value}': use klynge:Nord, Midt, Syd or Vest") : (filters with { Cluster = cluster }, null);
            case "forum":
                return (filters with { Forum = value }, null);
            case "år":
            case "aar":
                var range = value.Split("..");
                if (range.Length is 1 or 2 && range.All(IsYear))
                {
                    var from = int.Parse(range[0], CultureInfo.InvariantCulture);
                    var to = int.Parse(range[^1], CultureInfo.InvariantCulture);
                    return from <= to
                        ? (filters with { YearFrom = from, YearTo = to }, null)
                        : (filters, $"the year range {value} runs backwards: write år:{to}..{from}");
                }
                return (filters, $"bad year '{value}': write år:2020 or år:2020..2021");
            case "udfald":
                return OutcomeNames.TryGetValue(value, out var outcome)
                    ? (filters with { Outcome = outcome }, null)
                    : (filters, $"unknown outcome '{value}': use one of noted, approved, decided, discussed, referred, postponed, rejected, none");
            case "sag":
                return CaseNumberReader.LooksLikeCaseNumber(value)
                    ? (filters with { Case = CaseNumberReader.Key(value) }, null)
                    : (filters, $"bad case number '{value}': write the number as the minutes print it, as in sag:15/34881 or sag:00.01.00-A00-1-20");
            default:
                return (filters, $"unknown filter '{lexeme.FilterName}:': use klynge:, forum:, år:, udfald: or sag:");
        }
    }

    private static bool IsYear(string text) => text.Length == 4 && text.All(char.IsAsciiDigit) && text[0] is '1' or '2';

    private static string Example(string filter) => filter switch { "klynge" => "Midt", "forum" => "Chefforum", "udfald" => "approved", "sag" => "15/34881", _ => "2020" };

    private static (List<Lexeme>, string?) Lex(string query)
    {
        var lexemes = new List<Lexeme>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }
            var negated = false;
            if (query[i] == '-')
            {
                negated = true;
                i++;
                if (i >= query.Length || char.IsWhiteSpace(query[i]) || query[i] == '-')
                {
                    return (lexemes, "a '-' must stand right before the word to exclude, as in: sundhed -covid");
                }
            }
            if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                if (end < 0)
                {
                    return (lexemes, "unbalanced quotes: a phrase must end with \"");
                }
                lexemes.Add(new Lexeme(Kind.Phrase, query[(i + 1)..end], negated, false));
                i = end + 1;
                continue;
            }
            var start = i;
            var word = new StringBuilder();
            while (i < query.Length && !char.IsWhiteSpace(query[i]))
            {
                if (query[i] == '"')
                {
                    // forum:"Politisk Klynge"
                    var end = query.IndexOf('"', i + 1);
                    if (end < 0)
                    {
                        return (lexemes, "unbalanced quotes: a phrase must end with \"");
                    }
                    word.Append(query, i + 1, end - i - 1);
                    i = end + 1;
                    continue;
                }
                word.Append(query[i]);
                i++;
            }
            var text = word.ToString();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && text[..colon].All(char.IsLetter))
            {
                lexemes.Add(new Lexeme(Kind.Filter, text[(colon + 1)..], negated, false, text[..colon].ToLowerInvariant()));
                continue;
            }
            if (text == "OR" && !negated)
            {
                lexemes.Add(new Lexeme(Kind.Or, text, false, false));
                continue;
            }
            if (text is "AND" or "NOT" or "NEAR" && !negated)
            {
                return (lexemes, $"'{text}' is not an operator here: words are AND-ed already; use -word to exclude");
            }
            var prefix = text.EndsWith('*');
            var bare = text.TrimEnd('*');
            if (bare.Contains('*', StringComparison.Ordinal) || (prefix && bare.Length < 2))
            {
                return (lexemes, $"'{query[start..i]}': '*' goes at the end of a word of at least two letters, as in konflikt*");
            }
            if (!bare.Any(char.IsLetterOrDigit))
            {
                return (lexemes, $"'{query[start..i]}' is not a word");
            }
            lexemes.Add(new Lexeme(Kind.Word, bare, negated, prefix));
        }
        return (lexemes, null);
    }
}
