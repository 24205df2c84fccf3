using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Tests.Api;

/// <summary>The HTTP API served in process over one index folder, and a client that talks to it.</summary>
internal sealed class InProcessApi : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public InProcessApi(string databasePath)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Archive:Db", databasePath));
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
