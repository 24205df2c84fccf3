using System.CommandLine;
using Archive.Api;
using Archive.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Cli;

/// <summary>`./archive serve`: the API and the web page over the index; names its address and index, and refuses a taken port clearly.</summary>
public sealed class ServeCommand : ArchiveCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private readonly Option<string> _urls = new("--urls") { Description = "Where to listen (several separated by ;)", HelpName = "URL", DefaultValueFactory = _ => DefaultUrl };
    private readonly Option<string> _corpus = new("--corpus") { Description = "Without --db: the folder the default index follows (indexed before serving)", HelpName = "DIR", DefaultValueFactory = _ => "corpus" };

    public ServeCommand()
        : base("serve", "The API and the web page over the index",
            "./archive serve",
            "./archive serve --db data/mine --urls http://0.0.0.0:8080")
    {
        Add(_urls);
        Add(_corpus);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var db = parse.GetValue(CommonOptions.Db)!;
        var corpus = parse.GetValue(_corpus)!;
        if (CommonOptions.ExplicitDb(parse) is null && Directory.Exists(corpus))
        {
            // The default index follows corpus/: missing or stale documents are (re)indexed before serving,
            // and an index written by another version of the program is rebuilt from it.
            using var index = OpenOrRebuild(db);
            var report = new ArchiveIngester(index).Ingest(MinutesFolders(corpus), prune: true);
            Console.Error.WriteLine($"archive: {corpus}: {report.Indexed} indexed, {report.Unchanged} unchanged, {report.Failed.Count} failed");
        }
        var urls = parse.GetValue(_urls)!;
        // Our own line names the address; the host's start-up lines and its stack trace for a taken port would only repeat it.
        await using var app = ApiHost.Build(["--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning", "--Logging:LogLevel:Microsoft.Extensions.Hosting=None"], db, urls);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            return ArchiveCli.Fail($"cannot serve on {urls}: the port is taken (another ./archive serve?); choose another with --urls, as in: ./archive serve --urls http://127.0.0.1:5081");
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [urls];
        Console.WriteLine($"Serving {Path.GetFullPath(db)} ({Describe(db)}) on {string.Join(", ", addresses)}; Ctrl+C stops");
        await app.WaitForShutdownAsync(cancel);
        return 0;
    }

    /// <summary>
    /// The folders of a corpus that hold minutes: the seeds (txt/, pdf/) and the real minutes (real/docs/), so
    /// that gold annotations and SOURCES.md are never indexed as minutes. Any other folder is taken whole.
    /// </summary>
    private static string[] MinutesFolders(string corpus)
    {
        var known = new[] { "txt", "pdf", Path.Combine("real", "docs") }.Select(f => Path.Combine(corpus, f)).Where(Directory.Exists).ToArray();
        return known.Length > 0 ? known : [corpus];
    }

    private static string Describe(string db)
    {
        try
        {
            using var index = ArchiveIndex.Open(db, readOnly: true);
            return $"{index.Counts().Documents} documents";
        }
        catch (IndexException e)
        {
            return $"not readable yet: {e.Message}";
        }
    }

    private static ArchiveIndex OpenOrRebuild(string db)
    {
        try
        {
            return ArchiveIndex.Open(db);
        }
        catch (IndexException e) when (e.OtherVersion)
        {
            Console.Error.WriteLine($"archive: {db} was written by another version of archive; rebuilding it from the corpus");
            ArchiveIndex.Forget(db);
            if (Directory.Exists(db))
            {
                Directory.Delete(db, recursive: true);
            }
            foreach (var file in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
            return ArchiveIndex.Open(db);
        }
    }
}
