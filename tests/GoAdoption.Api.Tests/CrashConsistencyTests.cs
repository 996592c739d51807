using System.Diagnostics;
using System.Text;
using GoAdoption.Api.Cli;

namespace GoAdoption.Api.Tests;

/// <summary>
/// The <c>import</c> command killed for real, wherever it is, leaves a catalog that one more import makes exactly what a
/// clean import makes; two imports at once are serialized.
/// </summary>
public sealed class CrashConsistencyTests
{
    // What a clean import of the seeds gives, imported once for every test of the class.
    private static readonly Lazy<Task<string>> Clean = new(async () =>
    {
        using var clean = NewCatalog();
        Assert.Equal(0, (await RunImportAsync(clean)).Exit);
        return Fingerprint(clean);
    });

    // Killed as soon as this many documents are written: one (mid-import), or all five (while what is derived from all
    // of them is rebuilt, or just after).
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task An_import_killed_after_some_documents_is_made_exactly_right_by_one_more(int documents)
    {
        using var killed = NewCatalog();
        await RunImportAsync(killed, killAfterDocuments: documents);
        var rerun = await RunImportAsync(killed);

        Assert.Equal(0, rerun.Exit);
        Assert.Equal(await Clean.Value, Fingerprint(killed));
    }

    [Fact]
    public async Task Two_imports_at_once_are_serialized_and_their_reports_say_what_each_did()
    {
        using var catalog = NewCatalog();

        var results = await Task.WhenAll(RunImportAsync(catalog), RunImportAsync(catalog));

        Assert.All(results, r => Assert.Equal(0, r.Exit));
        var summaries = results.Select(r => r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();
        Assert.Single(summaries, s => s.Contains(": 5 added, 0 updated, 0 unchanged", StringComparison.Ordinal));
        Assert.Single(summaries, s => s.Contains(": 0 added, 0 updated, 5 unchanged", StringComparison.Ordinal));
        Assert.Equal(await Clean.Value, Fingerprint(catalog));
    }

    private static CatalogFactory NewCatalog()
    {
        var factory = new CatalogFactory(importOnStart: false);
        foreach (var seed in Directory.GetFiles(TestPaths.Seeds))
            File.Copy(seed, Path.Combine(factory.SeedsPath, Path.GetFileName(seed)));
        return factory;
    }

    /// <summary>Runs the built program's import command; kills it once it has logged the given number of documents.</summary>
    private static async Task<(int Exit, string Output)> RunImportAsync(CatalogFactory factory, int? killAfterDocuments = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = factory.WorkDirectory,
            Environment =
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["Serilog__MinimumLevel__Default"] = "Information",
            },
        };
        foreach (var (key, value) in factory.CatalogEnvironment)
            start.Environment[key] = value;
        start.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(factory.SeedsPath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var written = 0;
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (line.Contains(": Added (", StringComparison.Ordinal) && ++written == killAfterDocuments)
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output);
    }

    /// <summary>What a reader of the catalog sees, without ids or times: facts, derived statuses, search rows and totals.</summary>
    private static string Fingerprint(CatalogFactory factory)
    {
        var text = new StringBuilder();
        foreach (var sql in new[]
                 {
                     """SELECT "Slug" || '|' || "Name" FROM "Companies" ORDER BY 1""",
                     """SELECT "Slug" FROM "Projects" ORDER BY 1""",
                     """SELECT s."FileName" || '|' || s."Status" FROM "Sources" s ORDER BY 1""",
                     """SELECT s."FileName" || '|' || c."LineStart" || '|' || c."Metric" || '|' || c."CrossSource" FROM "Claims" c JOIN "Sources" s ON s."Id" = c."SourceId" ORDER BY 1""",
                     """SELECT s."FileName" || '|' || u."LineStart" || '|' || coalesce(u."System", '') FROM "UseCases" u JOIN "Sources" s ON s."Id" = u."SourceId" ORDER BY 1""",
                     """SELECT "Type" || '|' || "Key" || '|' || coalesce("Title", '') FROM "SearchEntries" WHERE "Type" IN ('Company', 'Project') ORDER BY 1""",
                     """SELECT "Type" || '|' || count(*) FROM "SearchEntries" GROUP BY "Type" ORDER BY 1""",
                     // The version is random by design; whether it was written at all shows in the derived mark beside it.
                     """SELECT "Key" || '|' || "Value" FROM "CatalogState" WHERE "Key" <> 'version' ORDER BY 1""",
                 })
        {
            foreach (var row in factory.Query(sql))
                text.AppendLine(row);
            text.AppendLine("--");
        }
        return text.ToString();
    }
}
