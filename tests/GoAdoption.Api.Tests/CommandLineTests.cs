using System.Diagnostics;
using System.Text;
using GoAdoption.Api.Cli;

namespace GoAdoption.Api.Tests;

/// <summary>The program's commands, run in process on a test host's services and once as a real process.</summary>
[Collection(SeededCatalogGroup.Name)]
public sealed class CommandLineTests(SeededCatalog catalog)
{
    [Theory]
    [InlineData("claims", "csv", "company=uber", new[] { "--company", "uber" })]
    [InlineData("claims", "ndjson", "metric=latency&sort=-changePercent", new[] { "--metric", "latency", "--sort=-changePercent" })]
    [InlineData("use-cases", "json", "migratedFrom=java", new[] { "--migrated-from", "java" })]
    [InlineData("companies", "csv", "website=uber.com", new[] { "--website", "https://www.uber.com/" })]
    [InlineData("sources", "json", "", new string[0])]
    public async Task Export_writes_what_the_http_export_answers(string list, string format, string query, string[] options)
    {
        var expected = await catalog.Client.GetByteArrayAsync(new Uri($"/api/v1/export/{list}?format={format}&{query}", UriKind.Relative));

        var (exit, output, error) = await RunAsync(catalog.Seeded, ["export", list, "--format", format, .. options]);

        Assert.True(exit == 0, error);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(output));
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Export_without_a_format_writes_json()
    {
        var (exit, output, _) = await RunAsync(catalog.Seeded, ["export", "projects"]);

        Assert.Equal(0, exit);
        Assert.StartsWith("[{\"slug\":", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "export" }, "needs a list")]
    [InlineData(new[] { "export", "people" }, "'people' cannot be exported")]
    [InlineData(new[] { "export", "claims", "--format", "xml" }, "--format: 'format' must be one of json, ndjson, csv.")]
    [InlineData(new[] { "export", "claims", "--metric", "speed" }, "--metric:")]
    [InlineData(new[] { "export", "claims", "--minChangePercent", "lots" }, "--minChangePercent: 'lots' is not a number.")]
    [InlineData(new[] { "export", "claims", "--colour", "red" }, "--colour is not an option of export claims.")]
    [InlineData(new[] { "export", "claims", "--company" }, "--company needs a value.")]
    [InlineData(new[] { "export", "claims", "uber" }, "Unexpected argument 'uber'")]
    [InlineData(new[] { "export", "claims", "--pageSize", "5" }, "--pageSize is not an option")]
    [InlineData(new[] { "import" }, "needs a folder")]
    [InlineData(new[] { "import", "a", "b" }, "one argument too many")]
    [InlineData(new[] { "import", "/no/such/folder" }, "does not exist")]
    [InlineData(new[] { "serve" }, "Unknown command 'serve'")]
    public async Task Bad_arguments_exit_2_with_the_reason_and_usage_on_stderr_and_nothing_on_stdout(string[] args, string reason)
    {
        var (exit, output, error) = await RunAsync(catalog.Seeded, args);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Empty(output);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_prints_a_line_per_document_and_exits_1_when_one_failed()
    {
        using var factory = new CatalogFactory(importOnStart: false);
        var folder = Directory.CreateDirectory(Path.Combine(factory.WorkDirectory, "incoming")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "good.md"), "# Notes\n\n- Dropbox moved its sync engine from Python to Go.\n");
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.txt"), []);

        var (exit, output, _) = await RunAsync(factory, ["import", folder]);
        var lines = Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(CommandLine.ImportFailed, exit);
        Assert.StartsWith("rejected\tempty.txt\t", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("added\tgood.md\t", lines[1], StringComparison.Ordinal);
        Assert.Contains("1 added", lines[^1], StringComparison.Ordinal);
        using var client = factory.CreateClient();
        await client.GetOkAsync("/api/v1/companies/dropbox");

        // Fixed, the folder imports cleanly; the unchanged document is reported as such.
        await File.WriteAllTextAsync(Path.Combine(folder, "empty.txt"), "Twitch rewrote its chat system in Go.\n");
        var (again, secondOutput, _) = await RunAsync(factory, ["import", folder]);
        Assert.Equal(0, again);
        Assert.Contains("unchanged\tgood.md", Encoding.UTF8.GetString(secondOutput), StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_a_process_export_writes_only_data_to_stdout_and_logs_to_stderr()
    {
        var expected = await catalog.Client.GetStringAsync(new Uri("/api/v1/export/claims?format=csv&company=uber", UriKind.Relative));

        var (exit, output, error) = await SpawnAsync(catalog.Seeded, "export", "claims", "--format", "csv", "--company", "uber");

        Assert.True(exit == 0, error);
        Assert.Equal(expected, output);

        var (badExit, badOutput, badError) = await SpawnAsync(catalog.Seeded, "export", "claims", "--format", "xml");
        Assert.Equal(CommandLine.UsageError, badExit);
        Assert.Equal("", badOutput);
        Assert.Contains("'format' must be one of", badError, StringComparison.Ordinal);
    }

    [SqliteFact]
    public async Task Backup_writes_a_catalog_that_reads_as_the_served_one_and_refuses_to_overwrite()
    {
        var target = Path.Combine(catalog.Seeded.WorkDirectory, $"backup-{Guid.NewGuid():N}.db");
        var companies = (int)(await catalog.Client.GetOkAsync("/api/v1/companies?pageSize=1"))["total"]!;

        var (exit, output, error) = await RunAsync(catalog.Seeded, ["backup", target]);
        var (again, _, againError) = await RunAsync(catalog.Seeded, ["backup", target]);

        Assert.True(exit == 0, error);
        Assert.Contains("Catalog written to", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
        await using (var copy = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False"))
        {
            await copy.OpenAsync();
            await using var count = copy.CreateCommand();
            count.CommandText = "SELECT count(*) FROM Companies";
            Assert.Equal(companies, Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(CommandLine.UsageError, again);
        Assert.Contains("exists already", againError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_from_a_catalog_nothing_was_imported_into_says_so_on_stderr_and_exits_3()
    {
        using var factory = new CatalogFactory(importOnStart: false);

        var (exit, output, error) = await RunAsync(factory, ["export", "companies"]);

        Assert.Equal(CommandLine.EmptyCatalog, exit);
        Assert.Empty(output);
        Assert.Contains("The catalog is empty", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help", "Usage:")]
    [InlineData("-h", "Usage:")]
    [InlineData("--version", "GoAdoption.Api ")]
    public async Task Help_and_version_print_on_stdout_and_exit_0(string word, string expected)
    {
        Assert.True(CommandLine.IsCommand([word]));

        var (exit, output, error) = await RunAsync(catalog.Seeded, [word]);

        Assert.Equal(0, exit);
        Assert.StartsWith(expected, Encoding.UTF8.GetString(output).TrimStart(), StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5157" }, false)]
    [InlineData(new[] { "--urls=http://127.0.0.1:5157" }, false)]
    [InlineData(new[] { "urls=http://127.0.0.1:5157" }, false)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "exprot", "claims" }, true)]
    public void Server_options_start_the_server_and_any_other_word_is_a_command_to_check(string[] args, bool isCommand) =>
        Assert.Equal(isCommand, CommandLine.IsCommand(args));

    private static async Task<(int Exit, byte[] Output, string Error)> RunAsync(CatalogFactory factory, string[] args)
    {
        using var output = new MemoryStream();
        await using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(factory.Services, args, output, error);
        return (exit, output.ToArray(), error.ToString());
    }

    /// <summary>Runs the built program as an operator would, configured by environment variables only.</summary>
    private static async Task<(int Exit, string Output, string Error)> SpawnAsync(CatalogFactory factory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = factory.WorkDirectory,
            Environment =
            {
                ["Catalog__SeedsPath"] = factory.SeedsPath,
                ["DOTNET_ENVIRONMENT"] = "Production",
            },
        };
        foreach (var (key, value) in factory.CatalogEnvironment)
            start.Environment[key] = value;
        start.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
