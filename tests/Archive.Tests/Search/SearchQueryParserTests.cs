using Archive.Analysis;
using Archive.Search;

namespace Archive.Tests.Search;

public class SearchQueryParserTests
{
    private readonly SearchQueryParser _parser = new(QueryWordAnalyzer.Default);

    [Theory]
    [InlineData("konfliktforebyggelse")]
    [InlineData("\"kunne ikke tiltræde\"")]
    [InlineData("konflikt*")]
    [InlineData("hjemløse OR udsatte")]
    [InlineData("sundhed -covid")]
    [InlineData("-covid")]
    [InlineData("klynge:Midt år:2020..2021 udfald:approved")]
    [InlineData("forum:\"Politisk Klynge\" nærhospitaler")]
    [InlineData("år:2020 konfliktforebyggelse")]
    public void Parse_Accepts_TheQueryLanguage(string query) => Assert.True(_parser.Parse(query).Succeeded, _parser.Parse(query).Error);

    [Theory]
    [InlineData("\"unbalanced", "unbalanced quotes")]
    [InlineData("OR hjemløse", "OR needs a word")]
    [InlineData("hjemløse OR", "OR needs a word")]
    [InlineData("- covid", "'-'")]
    [InlineData("farve:blå", "unknown filter")]
    [InlineData("klynge:Øst", "unknown cluster")]
    [InlineData("år:20x0", "bad year")]
    [InlineData("år:2022..2020", "backwards")]
    [InlineData("udfald:måske", "unknown outcome")]
    [InlineData("og i at", "no searchable words")]
    [InlineData("", "empty")]
    [InlineData("*", "'*'")]
    public void Parse_ExplainsMistakes_InOneLine(string query, string expected)
    {
        var result = _parser.Parse(query);
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Parse_RefusesAbsurdlyLongQueries() => Assert.Contains("limit", _parser.Parse(new string('a', 600)).Error, StringComparison.Ordinal);

    [Fact]
    public void Parse_GivesAQueryOrAnError_ForAnyString()
    {
        var pieces = FsCheck.Fluent.Gen.Elements("ab", " ", "æøå", "\"", "*", "-", "OR", ":", "klynge:", "år:", "..", "2020", "(", "\\", "%", "'", "\u0000", "😀");
        var strings = FsCheck.Fluent.Gen.OneOf(
            FsCheck.Fluent.Gen.Select(FsCheck.Fluent.Gen.ListOf(pieces), p => string.Concat(p)),
            FsCheck.Fluent.Gen.Select(FsCheck.Fluent.ArbMap.Default.ArbFor<string>().Generator, s => s ?? string.Empty));
        var property = FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(strings), query =>
        {
            var result = _parser.Parse(query);
            return result.Succeeded ^ result.Error is not null;
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(2000), property);
    }
}
