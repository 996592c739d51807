using System.Diagnostics;
using System.Net;
using System.Text;
using GoAdoption.Api.Cli;

namespace GoAdoption.Api.Tests;

/// <summary>A catalog that cannot be written is served read-only; one that cannot be opened stops the start with the reason.</summary>
public sealed class CatalogAccessTests
{
    [SqliteFact]
    public async Task A_read_only_catalog_serves_reads_refuses_writes_with_503_and_ready_says_why()
    {
        using var writable = new CatalogFactory();
        writable.WriteSeed("zentrix.md", "# Zentrix uses Go\n\nZentrix rewrote its payment gateway in Go.\n");
        writable.CreateClient().Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var readOnly = new CatalogFactory(workDirectory: writable.WorkDirectory, settings: SourceWriteTests.Keys(
            new Dictionary<string, string?> { ["ConnectionStrings:Catalog"] = $"Data Source={writable.DatabasePath};Mode=ReadOnly" }));
        using var client = readOnly.CreateClient();

        await client.GetOkAsync("/api/v1/companies/zentrix");
        using (var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
            Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
        using var post = await client.SendAsync(SourceWriteTests.Send(HttpMethod.Post, "/api/v1/sources?fileName=new.md", "# New\n\nQuorvane uses Go.\n"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
        Assert.Contains("read-only", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SqliteFact]
    public async Task A_catalog_path_that_is_a_folder_stops_the_server_with_exit_1_and_a_reason_not_a_stack_trace()
    {
        var folder = Directory.CreateTempSubdirectory("goadoption-folder-db-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardErrorEncoding = Encoding.UTF8,
                Environment =
                {
                    ["ConnectionStrings__Catalog"] = $"Data Source={folder}",
                    ["Catalog__ImportOnStart"] = "false",
                    ["DOTNET_ENVIRONMENT"] = "Production",
                },
            };
            start.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
            start.ArgumentList.Add("--urls=http://127.0.0.1:0");
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            await output;

            Assert.Equal(1, process.ExitCode);
            Assert.Contains("ConnectionStrings:Catalog cannot be opened or created", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
