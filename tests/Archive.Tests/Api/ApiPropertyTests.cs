using System.Net;
using FsCheck;
using FsCheck.Fluent;

namespace Archive.Tests.Api;

/// <summary>Any query a person or a script can type gets an answer or a 400 with a reason: never a 500.</summary>
[Collection(CorpusIndexGroup.Name)]
public sealed class ApiPropertyTests : IDisposable
{
    private static readonly string[] Pieces =
    [
        "konfliktforebyggelse", "hjemløse", "nærhospital", "æøå", "Å", "\"", "\"kunne ikke", "*", "a*", "-", "-covid", "OR", "AND", "NOT",
        "klynge:", "klynge:Midt", "klynge:Øst", "forum:\"Politisk Klynge\"", "år:2020", "år:2021..2020", "år:x", "udfald:approved", "udfald:",
        ":", "::", "(", ")", "'", ";", "--", "%", "_", "\\", "/", "2/12", "covid-19", "NEAR(a b)", "{title}:x", "^", "\u0000", "😀", "og", "i",
    ];

    private readonly InProcessApi _api;
    private readonly HttpClient _client;

    public ApiPropertyTests(CorpusIndexFixture fixture)
    {
        _api = new InProcessApi(fixture.DatabasePath);
        _client = _api.Client;
    }

    private static Arbitrary<string> Queries()
    {
        var fromPieces = Gen.Elements(Pieces).ListOf().Select(p => string.Join(" ", p));
        var glued = Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p));
        var random = ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty);
        return Gen.OneOf(fromPieces, glued, random).ToArbitrary();
    }

    [Fact]
    public void AnyQuery_AnswersOkOrBadRequest_OnEveryEndpoint()
    {
        var property = Prop.ForAll(Queries(), query =>
        {
            var q = Uri.EscapeDataString(query);
            foreach (var url in new[] { $"/api/search?q={q}", $"/api/trace?q={q}", $"/api/export?q={q}&format=csv", $"/api/feed?q={q}" })
            {
                var response = _client.GetAsync(new Uri(url, UriKind.Relative)).GetAwaiter().GetResult();
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
                {
                    throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
                }
            }
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    [Fact]
    public void AnyPaging_AnswersOkOrBadRequest()
    {
        var numbers = Gen.Elements("0", "-1", "1", "2", "100", "101", "999999999999", "abc", "", "1.5", "1e3");
        var property = Prop.ForAll(Gen.Two(numbers).ToArbitrary(), pair =>
        {
            var status = _client.GetAsync(new Uri($"/api/search?q=klynge&page={pair.Item1}&pageSize={pair.Item2}", UriKind.Relative)).GetAwaiter().GetResult().StatusCode;
            return status is HttpStatusCode.OK or HttpStatusCode.BadRequest;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    public void Dispose() => _api.Dispose();
}
