using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using GoAdoption.Api.Benchmarks;
using GoAdoption.Api.Cli;
using GoAdoption.Api.Controllers;
using GoAdoption.Api.Contracts;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Reading;
using GoAdoption.Api.Export;
using GoAdoption.Api.Importing;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Api.Security;
using GoAdoption.Api.Validation;
using GoAdoption.Ingest;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Serilog;

// Given a command (export, import) the program runs it on the same services and exits; otherwise it serves the API.
var isCommand = CommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = isCommand ? [] : args,
    ContentRootPath = ContentRoot.Find(),
});

// No "Server: Kestrel": the answer need not say what runs it.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

// No static bootstrap logger: tests build several hosts in one process, and a frozen global logger breaks the second.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    // A command's standard output is its result (an export piped to a file), so its logs go to standard error.
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture,
        // A server's warnings and errors go to standard error too, where an operator looks for them.
        standardErrorFromLevel: isCommand ? Serilog.Events.LogEventLevel.Verbose : Serilog.Events.LogEventLevel.Warning));

builder.Services.AddOptions<CatalogOptions>()
    .BindConfiguration(CatalogOptions.Section)
    .Configure<IConfiguration>((options, configuration) =>
        options.ConnectionString = configuration.GetConnectionString("Catalog") ?? options.ConnectionString)
    .ValidateOnStart();
builder.Services.AddSingleton<IPostConfigureOptions<CatalogOptions>, ResolveCatalogPaths>();
builder.Services.AddSingleton<IValidateOptions<CatalogOptions>, ValidateCatalogOptions>();

// Options are read when the context is first built, so configuration overrides made after this line still apply.
// Pooled: list requests are short, and reusing contexts saves building one (and its services) per request.
builder.Services.AddDbContextPool<CatalogDbContext>((services, options) => options
    .UseSqlite(services.GetRequiredService<IOptions<CatalogOptions>>().Value.ConnectionString)
    .UseSeeding((context, _) => DomainSeeder.SeedAsync(context, CancellationToken.None).GetAwaiter().GetResult())
    .UseAsyncSeeding((context, _, cancellationToken) => DomainSeeder.SeedAsync(context, cancellationToken)));

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(services => new DocumentIngestor(limits: services.GetRequiredService<IOptions<CatalogOptions>>().Value.Limits));
builder.Services.AddScoped<CatalogImporter>();
builder.Services.AddSingleton<ImportLock>();
builder.Services.AddSingleton<CatalogAccess>();
builder.Services.AddSingleton<StartupImport>();
builder.Services.AddHostedService(services => services.GetRequiredService<StartupImport>());
builder.Services.AddSingleton<PreparedConnections>();
builder.Services.AddSingleton<ClaimReader>();
builder.Services.AddSingleton<CatalogSnapshots>();
builder.Services.AddSingleton<ReplayMemoryCache>();
builder.Services.AddScoped<ClaimReplays>();

ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
// Validators hold no state, and building one (its rule tree) costs more than running it: one instance serves every request.
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);

builder.Services.AddControllers(options =>
    {
        options.Filters.Add<FluentValidationFilter>();
        options.Filters.Add<IfNoneMatchAnyFilter>();
        options.ModelBinderProviders.Insert(0, new InvariantNumberBinderProvider());
        // List filters are validated by their FluentValidation validators; MVC's own walk of their properties finds
        // no attribute to check and only costs time on every list request.
        options.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(ListQuery)));
        // Binding errors name the query parameter as sent (pageSize), like the validators do.
        options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) =>
            $"'{value}' is not a valid value for '{JsonNamingPolicy.CamelCase.ConvertName(field)}'.");
        options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(field =>
            $"'{JsonNamingPolicy.CamelCase.ConvertName(field)}' must be a number.");
        options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"'{value}' is not a valid value.");
        options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "A value is required.");
    })
    .AddJsonOptions(options =>
        options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
builder.Services.AddProblemDetails();

// Frontends served from other origins read the API from the browser: only the origins configured are allowed. Read
// when the options are built, so configuration added after this line (a test host's) still applies.
builder.Services.AddCors();
builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
    .Configure<IConfiguration>((options, configuration) => options.AddDefaultPolicy(policy => policy
        .WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
        .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
        .WithHeaders("Content-Type", "If-None-Match", "Authorization")
        .WithExposedHeaders("ETag", "Link")
        .SetPreflightMaxAge(TimeSpan.FromHours(1))));

builder.Services.AddHttpCaching();
builder.Services.AddApiKeys();
builder.Services.AddRateLimits();

builder.Services.AddHealthChecks()
    .AddCheck<CatalogReadableCheck>("catalog", tags: ["ready"])
    .AddCheck<StartupImportCheck>("startup-import", tags: ["ready"]);

builder.Services.AddSwaggerGen(options =>
{
    options.SwaggerDoc("v1", new()
    {
        Title = "GoAdoption API",
        Version = "v1",
        Description = "Companies, projects and use-cases of the Go language, each fact with its source.",
        Contact = new() { Name = "GoAdoption maintainers" },
    });
    options.CustomOperationIds(OpenApiContract.OperationId);
    // A property that refers to a schema keeps its own description; a nullable one becomes anyOf [$ref, null] below.
    options.UseAllOfToExtendReferenceSchemas();
    options.IncludeXmlComments(typeof(Program).Assembly, includeControllerXmlComments: true);
    options.SupportNonNullableReferenceTypes();
    options.NonNullableReferenceTypesAsRequired();
    options.SchemaFilter<RequiredPropertiesSchemaFilter>();
    options.SchemaFilter<ExamplesSchemaFilter>();
    options.DocumentFilter<NullableReferenceDocumentFilter>();
    options.OperationFilter<NotModifiedOperationFilter>();
    options.OperationFilter<ExportOperationFilter>();
    options.OperationFilter<DocumentBodyOperationFilter>();
    options.OperationFilter<AuthorizeOperationFilter>();
    options.AddSecurityDefinition(AuthorizeOperationFilter.SchemeName, new Microsoft.OpenApi.OpenApiSecurityScheme
    {
        Type = Microsoft.OpenApi.SecuritySchemeType.Http,
        Scheme = "bearer",
        Description = "An API key with the write scope (Auth:Keys in configuration; the new-key command makes one). Reads need none.",
    });
});

var app = builder.Build();
if (isCommand)
{
    await using (app)
        return await CommandLine.RunAsync(app.Services, args, Console.OpenStandardOutput(), Console.Error);
}

app.UseSecurityHeaders();
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    // A request the server cannot bind (bad form, oversized body) is the client's fault in every environment.
    StatusCodeSelector = exception => exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError,
});
app.UseStatusCodePages();
app.UseSerilogRequestLogging();
// Before the output cache, so a stored answer gets its CORS headers too.
app.UseCors();
app.UseAuthentication();
// After authentication, so a client with a key is counted by its key; before the caches, so cached answers count too.
app.UseRateLimits();
app.UseHttpCaching();
app.UseAuthorization();

app.UseSwagger(options => options.PreSerializeFilters.Add(OpenApiContract.AddServer));
// The document is the contract and always served; the interactive page may be turned off where nobody should use it.
if (app.Configuration.GetValue("OpenApi:SwaggerUi", defaultValue: true))
    app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "GoAdoption API v1"));

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
// The cheapest JSON answer this program gives, through the same middleware: the ceiling load tests compare against.
app.MapGet("/health/ping", () => TypedResults.Ok(new Ping("ok"))).ExcludeFromDescription();
app.MapControllers();

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

internal sealed record Ping(string Status);

/// <summary>Entry point; public so integration tests can host the API.</summary>
public partial class Program;
