using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text;
using FluentValidation;
using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Exports;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Importing;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Api.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Cli;

/// <summary>
/// The program's commands for analysts and operators: <c>export</c> writes a list to standard output, <c>import</c>
/// syncs a folder into the configured catalog. Both run on the API's own services (database, importer, filters and
/// their validators, export writers); configuration comes from appsettings and environment variables as for the API.
/// </summary>
public static class CommandLine
{
    /// <summary>Exit code of a run whose arguments were wrong; nothing was done.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of an import in which some document was rejected or failed.</summary>
    public const int ImportFailed = 1;

    /// <summary>Exit code of an export from a catalog nothing was imported into.</summary>
    public const int EmptyCatalog = 3;

    private static readonly string[] Commands = ["export", "import", "backup", "new-key"];

    private static readonly string Usage = $"""
        Usage:
          GoAdoption.Api export <{string.Join("|", CatalogExports.All.Select(k => k.Name))}> [--format json|ndjson|csv] [--sort <key>] [--<filter> <value>]...
              Writes every matching item to standard output. Filters are those of the list endpoint
              (GET /api/v1/claims?company=uber is: export claims --company uber).
          GoAdoption.Api import <folder>
              Syncs the .md and .txt documents of <folder> into the catalog and prints a line per document;
              exits 1 if any document was rejected or failed.
          GoAdoption.Api new-key <name> [--scope write|read]
              Makes a random API key for <name> (write scope unless told) and prints it once, with the
              configuration that lets it in (Auth:Keys: the key's SHA-256 hash, never the key).
          GoAdoption.Api backup <file>
              Writes a consistent copy of a SQLite catalog to <file> (a new file), while the API may keep serving.
              (A PostgreSQL catalog is backed up with the server's own tools: pg_dump.)
          GoAdoption.Api [ASP.NET Core options, such as --urls http://127.0.0.1:5157]
              Serves the API.
          GoAdoption.Api --help | --version
        The catalog is the configured one: Catalog__Provider (sqlite or postgres) and ConnectionStrings__Catalog
        (environment), or appsettings.json.
        """;

    private static readonly string[] HelpWords = ["--help", "-h", "-?", "help"];

    /// <summary>
    /// Whether the arguments ask for something other than the web server: a command, help, the version, or a word that
    /// is none of these (an error, rather than a server started on a typo). Options for the server are written
    /// <c>--key value</c>, <c>--key=value</c>, <c>/key value</c> or <c>key=value</c>.
    /// </summary>
    public static bool IsCommand(IReadOnlyList<string> args) =>
        args is [var first, ..] && (Commands.Contains(first, StringComparer.Ordinal) || HelpWords.Contains(first, StringComparer.Ordinal)
            || first == "--version" || !(first.StartsWith('-') || first.StartsWith('/') || first.Contains('=', StringComparison.Ordinal)));

    /// <summary>Runs a command with the API's services.</summary>
    /// <param name="services">The built application's services.</param>
    /// <param name="args">The arguments, the command first.</param>
    /// <param name="output">Standard output: the export itself, or the import report.</param>
    /// <param name="error">Standard error: usage and failures.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>0 on success, <see cref="ImportFailed"/> or <see cref="UsageError"/>.</returns>
    public static async Task<int> RunAsync(
        IServiceProvider services, string[] args, Stream output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return args switch
            {
                [var help] when HelpWords.Contains(help, StringComparer.Ordinal) => await WriteAsync(output, Usage),
                ["--version"] => await WriteAsync(output, Version()),
                ["export", var name, .. var rest] => await ExportAsync(services, name, rest, output, error, cancellationToken),
                ["import", var folder] => await ImportAsync(services, folder, output, error, cancellationToken),
                ["new-key", var holder] => await NewKeyAsync(holder, ApiScopes.Write, output, error),
                ["new-key", var holder, "--scope", var scope] => await NewKeyAsync(holder, scope, output, error),
                ["new-key", ..] => await FailAsync(error, "new-key needs the name of the key's holder, and optionally --scope write|read."),
                ["backup", var file] => await BackupAsync(services, file, output, error, cancellationToken),
                ["backup"] => await FailAsync(error, "backup needs a file to write."),
                ["backup", _, var extra, ..] => await FailAsync(error, $"backup takes one file; '{extra}' is one argument too many."),
                ["export"] => await FailAsync(error, "export needs a list to export."),
                ["import"] => await FailAsync(error, "import needs a folder."),
                ["import", _, var extra, ..] => await FailAsync(error, $"import takes one folder; '{extra}' is one argument too many."),
                _ => await FailAsync(error, $"Unknown command '{(args.Length > 0 ? args[0] : "")}'."),
            };
        }
        catch (CatalogUnavailableException e)
        {
            await error.WriteLineAsync(e.Message);
            return ImportFailed;
        }
        catch (Exception e) when (CatalogImporter.IsDiskFull(e))
        {
            // Each document is its own transaction: what was committed stays, the document that hit the full disk is not in.
            await error.WriteLineAsync("The disk is full; the command stopped, and the catalog keeps every document stored before it. Free some space and run it again.");
            return ImportFailed;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"Invalid configuration: {string.Join(" ", e.Failures)}");
            return UsageError;
        }
#pragma warning disable CA1031 // A command reports any failure as one line and exit 1; the stack trace helps no operator.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"The command failed: {e.Message}");
            return ImportFailed;
        }
    }

    private static async Task<int> WriteAsync(Stream output, string text)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await writer.WriteLineAsync(text);
        return 0;
    }

    // "GoAdoption.Api 1.0.0+abc123": the informational version carries the commit the build came from.
    private static string Version() =>
        "GoAdoption.Api " + (typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                             ?? typeof(CommandLine).Assembly.GetName().Version?.ToString() ?? "unknown");

    private static async Task<int> ExportAsync(
        IServiceProvider services, string name, IReadOnlyList<string> args, Stream output, TextWriter error, CancellationToken cancellationToken)
    {
        if (CatalogExports.Find(name) is not { } kind)
            return await FailAsync(error, $"'{name}' cannot be exported; choose one of {string.Join(", ", CatalogExports.All.Select(k => k.Name))}.");

        var filter = (ListQuery)Activator.CreateInstance(kind.FilterType)!;
        var request = new ExportRequest();
        var problems = new List<string>();
        foreach (var (option, value) in Options(args, problems))
        {
            if (Matches(option, "format"))
                request.Format = value;
            else if (FilterProperty(kind.FilterType, option) is { } property)
                Bind(filter, property, option, value, problems);
            else
                problems.Add($"--{option} is not an option of export {kind.Name}.");
        }
        if (problems.Count == 0)
        {
            await using var validationScope = services.CreateAsyncScope();
            problems.AddRange(await ValidateAsync(validationScope.ServiceProvider, filter, cancellationToken));
            problems.AddRange(await ValidateAsync(validationScope.ServiceProvider, request, cancellationToken));
        }
        if (problems.Count > 0)
            return await FailAsync(error, problems);

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.MigrateCatalogAsync(cancellationToken);

        // An export of a catalog nothing was ever imported into is a mistake (the wrong ConnectionStrings__Catalog, a
        // typo in its path), not an empty answer.
        if (!await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Sources.AnyAsync(cancellationToken))
        {
            await error.WriteLineAsync("The catalog is empty: no document was ever imported into it. Check ConnectionStrings__Catalog, or run import <folder> first.");
            return EmptyCatalog;
        }

        var json = scope.ServiceProvider.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        var format = WireNames<ExportFormat>.Parse(request.Format) ?? ExportFormat.Json;
        await kind.WriteAsync(scope.ServiceProvider, filter, format, json, output, cancellationToken);
        return 0;
    }

    // VACUUM INTO writes a consistent, compacted copy from one read transaction: readers and the API go on meanwhile.
    private static async Task<int> BackupAsync(IServiceProvider services, string file, Stream output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
            return await FailAsync(error, $"'{file}' exists already; a backup is written to a new file.");
        if (Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
            return await FailAsync(error, $"Folder '{folder}' does not exist.");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        if (!db.Database.IsSqlite())
            return await FailAsync(error, "backup copies a SQLite catalog; this one is on PostgreSQL: back it up with pg_dump.");
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {target}", cancellationToken);
        return await WriteAsync(output, $"Catalog written to {target} ({new FileInfo(target).Length:N0} bytes).");
    }

    private static async Task<int> NewKeyAsync(string holder, string scope, Stream output, TextWriter error)
    {
        if (!ApiScopes.All.Contains(scope, StringComparer.Ordinal))
            return await FailAsync(error, $"--scope is {string.Join(" or ", ApiScopes.All)}, not '{scope}'.");
        var (key, hash) = ApiKeyAuthenticationExtensions.NewKey();
        var scopes = scope == ApiScopes.Write ? $"\"{ApiScopes.Read}\", \"{ApiScopes.Write}\"" : $"\"{ApiScopes.Read}\"";
        return await WriteAsync(output, $$"""
            Key for {{holder}} (shown once; give it to its holder, who sends it as "Authorization: Bearer <key>"):
              {{key}}
            Add to the API's configuration (appsettings.json, or Auth__Keys__0__Name, __Hash, __Scopes__0 in the environment):
              "Auth": { "Keys": [ { "Name": "{{holder}}", "Hash": "{{hash}}", "Scopes": [ {{scopes}} ] } ] }
            """);
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string folder, Stream output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            return await FailAsync(error, $"Folder '{folder}' does not exist.");

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.MigrateCatalogAsync(cancellationToken);
        ImportReport report;
        try
        {
            report = await scope.ServiceProvider.GetRequiredService<CatalogImporter>().SyncFolderAsync(folder, cancellationToken);
        }
        catch (Exception e) when (e is ImportBusyException or CatalogReadOnlyException)
        {
            await error.WriteLineAsync(e.Message + " Nothing was imported.");
            return ImportFailed;
        }

        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        foreach (var document in report.Documents)
            await text.WriteLineAsync(Describe(document));
        foreach (var warning in report.FolderWarnings)
            await text.WriteLineAsync("warning: " + warning);
        await text.WriteLineAsync(report.ToString());
        await text.FlushAsync(cancellationToken);
        return report.Succeeded ? 0 : ImportFailed;
    }

    private static string Describe(DocumentImportResult document)
    {
        var outcome = WireNames<ImportOutcome>.Of(document.Outcome);
        return document.Outcome switch
        {
            ImportOutcome.Rejected or ImportOutcome.Failed => $"{outcome}\t{document.FileName}\t{document.Reason}",
            ImportOutcome.Unchanged => $"{outcome}\t{document.FileName}",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{outcome}\t{document.FileName}\t{document.Entities} entities, {document.Mentions} mentions, {document.UseCases} use-cases, {document.Claims} claims, {document.Warnings?.Count ?? 0} warnings"),
        };
    }

    /// <summary>--name value and --name=value pairs; anything else is reported.</summary>
    private static IEnumerable<(string Option, string Value)> Options(IReadOnlyList<string> args, List<string> problems)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                problems.Add($"Unexpected argument '{arg}'; options are written --name value.");
                continue;
            }
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                yield return (arg[2..equals], arg[(equals + 1)..]);
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                yield return (arg[2..], args[++i]);
            }
            else
            {
                problems.Add($"{arg} needs a value.");
            }
        }
    }

    /// <summary>An option names a query parameter as the URL writes it (migratedFrom) or in kebab case (migrated-from).</summary>
    private static bool Matches(string option, string parameter) =>
        string.Equals(option.Replace("-", "", StringComparison.Ordinal), parameter, StringComparison.OrdinalIgnoreCase);

    /// <summary>A filter or sort parameter of the list; paging has no meaning for an export.</summary>
    private static PropertyInfo? FilterProperty(Type filterType, string option) =>
        filterType.GetProperties()
            .Select(p => (Property: p, Name: p.GetCustomAttribute<FromQueryAttribute>()?.Name))
            .FirstOrDefault(p => p.Name is not null and not "page" and not "pageSize" && Matches(option, p.Name))
            .Property;

    private static void Bind(ListQuery filter, PropertyInfo property, string option, string value, List<string> problems)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        try
        {
            property.SetValue(filter, type == typeof(string) ? value : TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value));
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException || e.InnerException is FormatException or OverflowException)
        {
            var expected = type == typeof(bool) ? "true or false" : type == typeof(int) ? "a whole number" : "a number";
            problems.Add($"--{option}: '{value}' is not {expected}.");
        }
    }

    private static async Task<IEnumerable<string>> ValidateAsync(IServiceProvider services, object argument, CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(IValidator<>).MakeGenericType(argument.GetType())) is not IValidator validator)
            return [];
        var context = new ValidationContext<object>(argument);
        context.RootContextData[ListQueryValidation.IgnorePaging] = true;
        var result = await validator.ValidateAsync(context, cancellationToken);
        return result.Errors.Select(f => $"--{f.PropertyName}: {f.ErrorMessage}");
    }

    private static Task<int> FailAsync(TextWriter error, string problem) => FailAsync(error, [problem]);

    private static async Task<int> FailAsync(TextWriter error, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
            await error.WriteLineAsync(problem);
        await error.WriteLineAsync();
        await error.WriteLineAsync(Usage);
        return UsageError;
    }
}
