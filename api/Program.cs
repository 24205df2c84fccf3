using Archive.Api;

var app = ApiHost.Build(args, Environment.GetEnvironmentVariable("ARCHIVE_DB") ?? Archive.Index.ArchiveIndex.DefaultPath, urls: null);
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
