using System.Net;
using System.Text.Json;
using Archive.Tests.Api;

namespace Archive.Tests.Cases;

/// <summary>GET /api/cases/{caseNumber} and an item's case over HTTP.</summary>
[Collection(CaseIndexGroup.Name)]
public sealed class CaseApiTests : IDisposable
{
    private readonly InProcessApi _api;
    private readonly HttpClient _client;

    public CaseApiTests(CaseIndexFixture fixture)
    {
        _api = new InProcessApi(fixture.DatabasePath);
        _client = _api.Client;
    }

    [Theory]
    [InlineData("/api/cases/24/1234")]
    [InlineData("/api/cases/24%2F1234")]
    public async Task Case_AnswersThePathInDateOrder_WithTheNumberUnencodedOrEncoded(string url)
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Equal("24/1234", json.RootElement.GetProperty("caseNumber").GetString());
        var steps = json.RootElement.GetProperty("steps").EnumerateArray()
            .Select(s => (s.GetProperty("forum").GetString(), s.GetProperty("date").GetString(), s.GetProperty("itemNumber").GetString())).ToList();
        Assert.Equal([("Teknik- og Miljøudvalget", "2024-03-05", "2"), ("Økonomiudvalget", "2024-03-12", "2"), ("Byrådet", "2024-03-21", "6")], steps);
    }

    [Fact]
    public async Task UnknownCase_Answers404_WithAJsonErrorNamingTheNumber()
    {
        var response = await _client.GetAsync(new Uri("/api/cases/99%2F99999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("99/99999", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadCaseNumber_Answers400()
    {
        var response = await _client.GetAsync(new Uri("/api/cases/strandvejen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnItemsCase_IsItsNumberedCase_EvenWhenTheItemPrintsNoNumber_AndNoneForALookalikeElsewhere()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/documents/vordingborg-oekonomiudvalget-2024-03-12/items/2/case", UriKind.Relative)));
        Assert.Equal("24/1234", json.RootElement.GetProperty("caseNumber").GetString());
        using var none = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/documents/faxe-oekonomiudvalget-2024-03-13/items/2/case", UriKind.Relative)));
        Assert.Empty(none.RootElement.GetProperty("steps").EnumerateArray());
        var response = await _client.GetAsync(new Uri("/api/documents/faxe-oekonomiudvalget-2024-03-13/items/9/case", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _api.Dispose();
}
