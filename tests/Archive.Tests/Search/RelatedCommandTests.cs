using System.Text.Json;
using Archive.Tests.Reliability;

namespace Archive.Tests.Search;

[Collection(CorpusIndexGroup.Name)]
public sealed class RelatedCommandTests
{
    private readonly CorpusIndexFixture _fixture;

    public RelatedCommandTests(CorpusIndexFixture fixture) => _fixture = fixture;

    [Fact]
    public void Related_ListsTheSameOfferInAnotherCluster_First()
    {
        var result = ArchiveProcess.Run("related", "000_3b4e825079c19f44", "2", "--json", "--db", _fixture.DatabasePath);
        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        var first = json.RootElement.GetProperty("related")[0];
        Assert.Equal("001_f89f07603ee62cc9", first.GetProperty("documentId").GetString());
        Assert.Equal("2", first.GetProperty("itemNumber").GetString());
    }

    [Fact]
    public void Related_OfAnItemNotInTheIndex_ExitsWith1AndSaysSo()
    {
        var result = ArchiveProcess.Run("related", "000_3b4e825079c19f44", "99", "--db", _fixture.DatabasePath);
        Assert.Equal(1, result.Exit);
        Assert.Contains("no item 99", result.Error, StringComparison.Ordinal);
    }
}
