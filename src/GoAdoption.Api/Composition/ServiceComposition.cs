using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Reading;
using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Features.Companies;
using GoAdoption.Api.Features.Exports;
using GoAdoption.Api.Features.Projects;
using GoAdoption.Api.Features.Replays;
using GoAdoption.Api.Features.Sources;
using GoAdoption.Api.Features.UseCases;
using GoAdoption.Api.Importing;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Api.Security;
using GoAdoption.Api.Validation;
using GoAdoption.Ingest;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;

namespace GoAdoption.Api.Composition;

/// <summary>The program's services, one method per concern, in the order <c>Program.cs</c> lists them.</summary>
internal static class ServiceComposition
{
    /// <summary>Serilog to the console; a command's logs all go to standard error, a server's warnings and errors.</summary>
    public static IServiceCollection AddCatalogLogging(this IServiceCollection services, bool isCommand)
    {
        // No static bootstrap logger: tests build several hosts in one process, and a frozen global logger breaks the second.
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>())
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            // A command's standard output is its result (an export piped to a file), so its logs go to standard error.
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                // A server's warnings and errors go to standard error too, where an operator looks for them.
                standardErrorFromLevel: isCommand ? Serilog.Events.LogEventLevel.Verbose : Serilog.Events.LogEventLevel.Warning));
        return services;
    }

    /// <summary>The catalog: its options, database, importer and its lock, the startup import, and the readers.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddOptions<CatalogOptions>()
            .BindConfiguration(CatalogOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString("Catalog") ?? options.ConnectionString)
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<CatalogOptions>, ResolveCatalogPaths>();
        services.AddSingleton<IValidateOptions<CatalogOptions>, ValidateCatalogOptions>();

        // Options are read when the context is first built, so configuration overrides made after this line still apply;
        // that is also why both providers' pools are registered and the options pick one per scope (only that one is built).
        // Pooled: list requests are short, and reusing contexts saves building one (and its services) per request.
        services.AddPooledDbContextFactory<CatalogDbContext>((provider, options) => Seeded(options
            .UseSqlite(provider.GetRequiredService<IOptions<CatalogOptions>>().Value.ConnectionString)));
        services.AddPooledDbContextFactory<PostgresCatalogDbContext>((provider, options) => Seeded(options
            .UseNpgsql(provider.GetRequiredService<IOptions<CatalogOptions>>().Value.ConnectionString)));
        services.AddScoped(provider => provider.GetRequiredService<IOptions<CatalogOptions>>().Value.Provider == CatalogProvider.Postgres
            ? provider.GetRequiredService<IDbContextFactory<PostgresCatalogDbContext>>().CreateDbContext()
            : provider.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext());

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new DocumentIngestor(limits: provider.GetRequiredService<IOptions<CatalogOptions>>().Value.Limits));
        services.AddScoped<CatalogImporter>();
        services.AddSingleton<ImportLock>();
        services.AddSingleton<CatalogAccess>();
        services.AddSingleton<StartupImport>();
        services.AddHostedService(provider => provider.GetRequiredService<StartupImport>());
        services.AddSingleton<PreparedConnections>();
        services.AddSingleton<ClaimReader>();
        services.AddSingleton<CatalogSnapshots>();
        // Each list's one way to its rows, for its endpoint, its export and the command line.
        services.AddSingleton<IListReads<CompanyFilter, CompanySummary>, CompanyReads>();
        services.AddScoped<IListReads<ProjectFilter, ProjectSummary>, ProjectReads>();
        services.AddScoped<IListReads<UseCaseFilter, UseCaseResponse>, UseCaseReads>();
        services.AddSingleton<IListReads<ClaimFilter, ClaimResponse>>(provider => provider.GetRequiredService<ClaimReader>());
        services.AddScoped<IListReads<SourceFilter, SourceSummary>, SourceReads>();
        services.AddSingleton<ReplayMemoryCache>();
        services.AddScoped<ClaimReplays>();
        return services;
    }

    // Migrating an empty catalog seeds the domain taxonomy, on either provider.
    private static DbContextOptionsBuilder Seeded(DbContextOptionsBuilder options) => options
        .UseSeeding((context, _) => DomainSeeder.SeedAsync(context, CancellationToken.None).GetAwaiter().GetResult())
        .UseAsyncSeeding((context, _, cancellationToken) => DomainSeeder.SeedAsync(context, cancellationToken));

    /// <summary>
    /// OpenTelemetry: the framework's request metrics and the catalog's own (imports, caches, simulations) in Prometheus format at
    /// <c>/metrics</c>; traces of requests, imports and simulations sent over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// (or <c>OpenTelemetry:OtlpEndpoint</c>) names a collector, and not built at all otherwise.
    /// </summary>
    public static IServiceCollection AddCatalogTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CatalogTelemetry>();
        var otlp = configuration["OpenTelemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(CatalogTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(CatalogTelemetry.Name)
                .AddPrometheusExporter());
        // A span is built for every request once tracing is on: only worth its cost when a collector will receive it.
        if (!string.IsNullOrWhiteSpace(otlp) && Uri.TryCreate(otlp, UriKind.Absolute, out var endpoint))
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/metrics"))
                .AddSource(CatalogTelemetry.Name)
                .AddOtlpExporter(options => options.Endpoint = endpoint));
        }

        return services;
    }

    /// <summary>Controllers, their validators and binding rules, and problem details for every error.</summary>
    public static IServiceCollection AddApiControllers(this IServiceCollection services)
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        // Validators hold no state, and building one (its rule tree) costs more than running it: one instance serves every request.
        services.AddValidatorsFromAssemblyContaining<ServiceCompositionMarker>(ServiceLifetime.Singleton);

        services.AddControllers(options =>
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
        services.AddProblemDetails();
        return services;
    }

    /// <summary>CORS for frontends on other origins, from <c>Cors:AllowedOrigins</c>.</summary>
    public static IServiceCollection AddCatalogCors(this IServiceCollection services)
    {
        // Frontends served from other origins read the API from the browser: only the origins configured are allowed. Read
        // when the options are built, so configuration added after this line (a test host's) still applies.
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IConfiguration>((options, configuration) => options.AddDefaultPolicy(policy => policy
                .WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
                .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
                .WithHeaders("Content-Type", "If-None-Match", "Authorization")
                .WithExposedHeaders("ETag", "Link")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }

    /// <summary>Liveness, and readiness: the catalog can be read and the startup import is done.</summary>
    public static IServiceCollection AddCatalogHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<CatalogReadableCheck>("catalog", tags: ["ready"])
            .AddCheck<StartupImportCheck>("startup-import", tags: ["ready"]);
        return services;
    }

    /// <summary>The OpenAPI document: the contract frontends build on.</summary>
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.AddSwaggerGen(options =>
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
            options.IncludeXmlComments(typeof(ServiceComposition).Assembly, includeControllerXmlComments: true);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.SchemaFilter<RequiredPropertiesSchemaFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.DocumentFilter<NullableReferenceDocumentFilter>();
            options.OperationFilter<NotModifiedOperationFilter>();
            options.OperationFilter<ExportOperationFilter>();
            options.OperationFilter<DocumentBodyOperationFilter>();
            options.OperationFilter<AuthorizeOperationFilter>();
            options.OperationFilter<FormerReplayRoutesFilter>();
            options.AddSecurityDefinition(AuthorizeOperationFilter.SchemeName, new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key with the write scope (Auth:Keys in configuration; the new-key command makes one). Reads need none.",
            });
        });
        return services;
    }
}

/// <summary>The assembly's validators are found from this type.</summary>
internal sealed class ServiceCompositionMarker;
