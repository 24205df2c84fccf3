using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Tests.Api;

[Collection(CorpusIndexGroup.Name)]
public sealed class ApiTests : IDisposable
{
    private readonly InProcessApi _api;
    private readonly HttpClient _client;

    public ApiTests(CorpusIndexFixture fixture)
    {
        _api = new InProcessApi(fixture.DatabasePath);
        _client = _api.Client;
    }

    [Fact]
    public async Task Search_AnswersTheContractShape()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=konfliktforebyggelse&pageSize=2", UriKind.Relative)));
        Assert.Equal(3, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("hits").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("facets").TryGetProperty("cluster", out _));
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=%22open")]
    [InlineData("/api/search?q=x&page=0")]
    [InlineData("/api/search?q=x&pageSize=1000")]
    [InlineData("/api/search?q=farve:bl%C3%A5")]
    [InlineData("/api/trace?q=")]
    [InlineData("/api/export?q=x&format=doc")]
    [InlineData("/api/search?q=%00*")]
    public async Task BadInput_Answers400_WithProblemDetails(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("x%00y*")]
    [InlineData("hjeml%C3%B8se(og%00klynge*")]
    [InlineData("%28a%29b*")]
    public async Task PrefixQueries_WithControlCharactersAndPunctuation_Answer200(string q) =>
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri($"/api/search?q={q}", UriKind.Relative))).StatusCode);

    [Fact]
    public async Task Export_DownloadsEveryHit_WithAFileName()
    {
        var response = await _client.GetAsync(new Uri("/api/export?q=klynge:Midt&format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("archive-klynge-midt-", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=klynge:Midt", UriKind.Relative)));
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), rows);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("xlsx")]
    public async Task Export_OfADanishQuery_KeepsItsNameInUtf8(string format)
    {
        var response = await _client.GetAsync(new Uri($"/api/export?q={Uri.EscapeDataString("nærhospitaler år:2021..2023")}&format={format}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("archive-nærhospitaler-år-2021-2023-", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task Documents_ServeMetadataAndSource_AndOnlyIndexedFiles()
    {
        var id = Repository.SeedIds.First();
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative)));
        Assert.Equal("Klyngestyregruppe", json.RootElement.GetProperty("forum").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri($"/api/documents/{id}/source", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/api/documents/..%2F..%2Fetc%2Fpasswd/source", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Related_FindsTheSameTopicInOtherClusters_AndAnswers404ForAnUnknownItem()
    {
        // The conflict-prevention offer in Midt (000 #2): the same offer was discussed in Syd (001 #2) and cancelled in Nord (002 #4).
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/documents/000_3b4e825079c19f44/items/2/related", UriKind.Relative)));
        var related = json.RootElement.EnumerateArray().Select(h => $"{h.GetProperty("documentId").GetString()}#{h.GetProperty("itemNumber").GetString()}").ToList();
        Assert.DoesNotContain("000_3b4e825079c19f44#2", related);
        Assert.Equal("001_f89f07603ee62cc9#2", related[0]);
        Assert.Contains("002_f8da71269fde9d3d#4", related);
        var missing = await _client.GetAsync(new Uri("/api/documents/000_3b4e825079c19f44/items/99/related", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Contains("no item '99'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMisspelledQuery_FindsNothing_AndSuggestsTheIndexedWord()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=konfliktforbyggelse%20klynge:Midt", UriKind.Relative)));
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("konfliktforebyggelse", json.RootElement.GetProperty("suggestions")[0].GetString());
        Assert.Equal("konfliktforebyggelse klynge:Midt", json.RootElement.GetProperty("suggestedQuery").GetString());
        using var found = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=konfliktforebyggelse", UriKind.Relative)));
        Assert.False(found.RootElement.TryGetProperty("suggestions", out _));
    }

    [Fact]
    public async Task HealthFeedAndOpenApi_Answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.Contains("<feed", await _client.GetStringAsync(new Uri("/api/feed?q=konfliktforebyggelse", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("/api/search", await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)), StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();
}
