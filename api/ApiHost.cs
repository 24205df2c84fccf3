using Microsoft.Extensions.FileProviders;

namespace Archive.Api;

/// <summary>Builds the web application: services, the endpoint groups, the web page and the OpenAPI document.</summary>
public static class ApiHost
{
    public static WebApplication Build(string[] args, string databasePath, string? urls)
    {
        // No reloading of configuration on change: it watches the content root (the working folder, the
        // repository for ./archive serve) recursively, and no configuration file is read.
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        var database = builder.Configuration["Archive:Db"] ?? databasePath;
        // One line per request is noise for an archive server; faults are still logged (warning and above).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(new IndexProvider(database));
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var web = Path.Combine(AppContext.BaseDirectory, "web");
        if (Directory.Exists(web))
        {
            var files = new PhysicalFileProvider(web);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapSearchEndpoints();
        app.MapDocumentEndpoints();
        app.MapCaseEndpoints();
        app.MapExportEndpoints();
        app.MapFeedEndpoints();
        return app;
    }
}
