using GoAdoption.Api.Cli;
using GoAdoption.Api.Composition;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Api.Security;

// Given a command (export, import) the program runs it on the same services and exits; otherwise it serves the API.
var isCommand = CommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = isCommand ? [] : args,
    ContentRootPath = ContentRoot.Find(),
});

// No "Server: Kestrel": the answer need not say what runs it.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

builder.Services
    .AddCatalogLogging(isCommand)
    .AddCatalog()
    .AddApiControllers()
    .AddCatalogCors()
    .AddHttpCaching()
    .AddApiKeys()
    .AddRateLimits()
    .AddCatalogHealth()
    .AddCatalogTelemetry(builder.Configuration)
    .AddOpenApiDocument();

var app = builder.Build();
if (isCommand)
{
    await using (app)
        return await CommandLine.RunAsync(app.Services, args, Console.OpenStandardOutput(), Console.Error);
}

app.UseCatalogPipeline()
    .UseOpenApiDocument()
    .MapCatalogEndpoints();

try
{
    await app.Services.InitializeCatalogAsync();
}
catch (CatalogUnavailableException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the API.</summary>
public partial class Program;
