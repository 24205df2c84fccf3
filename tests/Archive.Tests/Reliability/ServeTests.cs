using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Archive.Analysis;
using Archive.Index;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using Lucene.Net.Util;

namespace Archive.Tests.Reliability;

public sealed class ServeTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("archive-serve-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Serve_RebuildsTheDefaultIndex_WhenAnOlderVersionWroteIt()
    {
        var corpus = Directory.CreateDirectory(_folder.PathTo("corpus/txt"));
        foreach (var file in Directory.GetFiles(Repository.Corpus("txt")))
        {
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));
        }
        // An index of an earlier schema version where the default index lives.
        using (var directory = FSDirectory.Open(_folder.PathTo(ArchiveIndex.DefaultPath)))
        using (var old = new Lucene.Net.Index.IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new DanishLuceneAnalyzer())))
        {
            old.SetCommitData(new Dictionary<string, string> { [IndexSchema.VersionKey] = "5" });
            old.Commit();
        }
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        using var server = ArchiveProcess.StartIn(_folder.FullName, "serve", "--urls", $"http://127.0.0.1:{port}");
        var errors = server.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            JsonElement? health = null;
            for (var attempt = 0; attempt < 240 && health is null && !server.HasExited; attempt++)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                    if (response.IsSuccessStatusCode)
                    {
                        health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                    }
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }
            Assert.True(health is not null, "serve never answered /health");
            Assert.Equal(5, health.Value.GetProperty("documents").GetInt32());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        Assert.Contains("rebuilding", await errors, StringComparison.Ordinal);
    }
}
