using System.Net;
using System.Text.Json;
using Archive.Index;

namespace Archive.Tests.Api;

/// <summary>Searches over HTTP keep answering, with consistent results, while an index run rewrites documents in the same file.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-concurrency-");

    [Fact]
    public async Task Search_KeepsAnswering_WhileAnIndexRunWrites()
    {
        var database = Path.Combine(_folder.FullName, "archive.db");
        var minutes = Directory.CreateDirectory(Path.Combine(_folder.FullName, "minutes"));
        foreach (var file in Directory.GetFiles(Repository.Corpus("txt")))
        {
            File.Copy(file, Path.Combine(minutes.FullName, Path.GetFileName(file)));
        }
        using (var index = ArchiveIndex.Open(database))
        {
            new ArchiveIngester(index).Ingest([minutes.FullName]);
        }

        using var api = new InProcessApi(database);
        var client = api.Client;
        using var stop = new CancellationTokenSource();
        var rounds = 0;
        var writer = Task.Run(() =>
        {
            using var index = ArchiveIndex.Open(database);
            var ingester = new ArchiveIngester(index);
            while (!stop.IsCancellationRequested && rounds < 40)
            {
                // A changed file is re-indexed: each round replaces every document in its own transaction.
                foreach (var file in minutes.GetFiles())
                {
                    File.AppendAllText(file.FullName, $"\n\nTilføjet i runde {rounds}.\n");
                }
                var report = ingester.Ingest([minutes.FullName]);
                Assert.Equal(5, report.Indexed);
                rounds++;
            }
        });

        var answers = 0;
        while (!writer.IsCompleted && answers < 400)
        {
            var response = await client.GetAsync(new Uri("/api/search?q=konfliktforebyggelse", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(3, json.RootElement.GetProperty("total").GetInt32());
            answers++;
        }
        await stop.CancelAsync();
        await writer;
        Assert.True(rounds > 0 && answers > 0, $"{rounds} write rounds, {answers} answers");
    }

    public void Dispose() => _folder.Dispose();
}
