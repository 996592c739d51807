using System.Text;
using GoAdoption.Api.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Tests;

/// <summary>Each test imports its own folder into its own database, as an operator would by configuration.</summary>
public sealed class ImportTests
{
    private const string DropboxAndUber = """
        # Go in production

        - Dropbox moved its file sync engine from Python to Go.
        - Uber wrote its geo-fence service in Go.
        """;

    private const string UberOnly = """
        # Notes

        Uber runs hundreds of services written in Go.
        """;

    private const string TwitchOnly = """
        # Go in production

        - Twitch rewrote its chat system in Go.
        """;

    [Fact]
    public async Task A_changed_document_rewrites_what_it_names_in_search_and_leaves_what_others_name()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", "# Zentrix and Quorvane use Go\n\nZentrix rewrote its payment gateway in Go. Quorvane moved its billing API to Go.\n");
        factory.WriteSeed("b.md", "# Quorvane uses Go\n\nQuorvane rewrote its search service in Go.\n");
        using var client = factory.CreateClient();
        Assert.Contains("zentrix", CompanyHits(await client.GetOkAsync("/api/v1/search?q=zentrix")));

        factory.WriteSeed("a.md", "# Velmora uses Go\n\nVelmora rewrote its ledger in Go.\n");
        await factory.SyncSeedsAsync();

        Assert.DoesNotContain("zentrix", CompanyHits(await client.GetOkAsync("/api/v1/search?q=zentrix")));
        Assert.Contains("velmora", CompanyHits(await client.GetOkAsync("/api/v1/search?q=velmora")));
        Assert.Contains("quorvane", CompanyHits(await client.GetOkAsync("/api/v1/search?q=quorvane")));
        await client.GetOkAsync("/api/v1/companies/quorvane");
    }

    private static List<string?> CompanyHits(System.Text.Json.Nodes.JsonNode page) =>
        [.. page.Items().Where(h => (string)h["type"]! == "company").Select(h => (string?)h["slug"])];

    [Fact]
    public async Task Importing_the_same_folder_twice_changes_nothing()
    {
        using var first = new CatalogFactory(TestPaths.Seeds);
        using var firstClient = first.CreateClient();
        var before = await Snapshot(firstClient);

        var report = await SyncAsync(first);
        var after = await Snapshot(firstClient);

        Assert.All(report.Documents, d => Assert.Equal(ImportOutcome.Unchanged, d.Outcome));
        Assert.Equal(before, after);

        // A restarted API on the same database syncs again on start and finds nothing to do either.
        using var restarted = new CatalogFactory(TestPaths.Seeds, workDirectory: first.WorkDirectory);
        using var restartedClient = restarted.CreateClient();
        Assert.Equal(before, await Snapshot(restartedClient));
    }

    [Fact]
    public async Task Corrupt_documents_are_reported_and_the_good_ones_beside_them_import()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("good.md", DropboxAndUber);
        factory.WriteSeed("empty.txt", "");
        factory.WriteSeed("binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        factory.WriteSeed("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 Uber: \u00e9t\u00e9 \u00e0 Paris, written in Go."));
        factory.WriteSeed("ignored.png", [1, 2, 3]);
        using var client = factory.CreateClient();

        var sources = await client.GetOkAsync("/api/v1/sources?pageSize=100");
        var failed = await client.GetOkAsync("/api/v1/sources?status=failed&sort=name");
        var report = await SyncAsync(factory);

        Assert.Equal(["binary.md", "empty.txt", "good.md", "latin1.txt"], sources.Strings("fileName"));
        Assert.Equal(["binary.md", "empty.txt", "latin1.txt"], failed.Strings("fileName"));
        Assert.All(failed.Items(), s => Assert.False(string.IsNullOrWhiteSpace((string?)s["error"])));
        Assert.Equal("imported", (string)sources.Items().Single(s => (string)s["fileName"]! == "good.md")["status"]!);
        await client.GetOkAsync("/api/v1/companies/dropbox");
        await client.GetOkAsync("/api/v1/companies/uber");
        Assert.Equal(3, report.Count(ImportOutcome.Rejected));
        Assert.All(report.Documents.Where(d => d.Outcome == ImportOutcome.Rejected), d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
    }

    [Fact]
    public async Task A_document_over_a_limit_is_refused_with_its_reason_and_the_good_ones_beside_it_import()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("good.md", DropboxAndUber);
        factory.WriteSeed("one-line.md", "Uber uses Go. " + new string('x', 300_000));
        factory.WriteSeed("huge.md", new string('a', 3 * 1024 * 1024));
        using var client = factory.CreateClient();

        var failed = await client.GetOkAsync("/api/v1/sources?status=failed&sort=name");

        Assert.Equal(["huge.md", "one-line.md"], failed.Strings("fileName"));
        Assert.Equal("the file is 3,145,728 bytes; the limit is 2,097,152 (Catalog:Limits:MaxBytes)", (string)failed.Items().First()["error"]!);
        Assert.StartsWith("line 1 is 300,014 characters; the limit is 20,000", (string)failed.Items().Last()["error"]!, StringComparison.Ordinal);
        await client.GetOkAsync("/api/v1/companies/dropbox");
    }

    [SqliteFact]
    public async Task After_an_import_the_database_file_alone_holds_the_catalog()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("good.md", DropboxAndUber);
        using var client = factory.CreateClient();

        // Checkpointed: the write-ahead log is emptied into the file, so a copy of the .db file loses nothing.
        // (The last connection to close deletes the log: it may go between the two looks.)
        var wal = new FileInfo(factory.DatabasePath + "-wal");
        long length;
        try
        {
            length = wal.Exists ? wal.Length : 0;
        }
        catch (FileNotFoundException)
        {
            length = 0;
        }
        Assert.True(length == 0, $"{length} bytes still in the write-ahead log");
        await client.GetOkAsync("/api/v1/companies/dropbox");
    }

    [Fact]
    public async Task The_folder_walk_follows_no_link_and_opens_no_pipe()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("good.md", DropboxAndUber);
        var secret = Path.Combine(factory.WorkDirectory, "secret.md");
        File.WriteAllText(secret, "Zanzibarian credentials live here, and Uber uses Go.");
        File.CreateSymbolicLink(Path.Combine(factory.SeedsPath, "outside.md"), secret);
        Directory.CreateSymbolicLink(Path.Combine(factory.SeedsPath, "loop"), factory.SeedsPath);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(factory.SeedsPath, "pipe.md")))
            await mkfifo.WaitForExitAsync();
        using var client = factory.CreateClient();

        var report = await SyncAsync(factory);
        var sources = await client.GetOkAsync("/api/v1/sources?pageSize=100&sort=name");
        var search = await client.GetOkAsync("/api/v1/search?q=Zanzibarian");

        // Each file once: nothing under the link back to the folder, the linked file and the pipe listed but not read.
        Assert.Equal(["good.md", "outside.md", "pipe.md"], sources.Strings("fileName"));
        Assert.Contains("symbolic link", report.Documents.Single(d => d.FileName == "outside.md").Reason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Rejected, report.Documents.Single(d => d.FileName == "pipe.md").Outcome);
        Assert.Contains(report.FolderWarnings, w => w.StartsWith("loop/", StringComparison.Ordinal));
        Assert.Equal(0, (int)search["total"]!);
        Assert.Equal(ImportOutcome.Unchanged, report.Documents.Single(d => d.FileName == "good.md").Outcome);
    }

    [Fact]
    public async Task The_company_list_shows_an_import_at_once_with_its_new_counts()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", UberOnly);
        using var client = factory.CreateClient();
        var before = await client.GetOkAsync("/api/v1/companies");
        Assert.Equal(["uber"], before.Items().Select(c => (string)c["slug"]!));

        factory.WriteSeed("b.md", DropboxAndUber);
        await SyncAsync(factory);

        var after = await client.GetOkAsync("/api/v1/companies?sort=-sourceCount");
        Assert.Equal(["uber", "dropbox"], after.Items().Select(c => (string)c["slug"]!));
        Assert.Equal(2, (int)after.Items().First()["sourceCount"]!);
        Assert.Equal(["dropbox"], (await client.GetOkAsync("/api/v1/companies?migratedFrom=python")).Items().Select(c => (string)c["slug"]!));
    }

    [Fact]
    public async Task A_changed_document_replaces_its_own_facts_and_leaves_other_sources_alone()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", DropboxAndUber);
        factory.WriteSeed("b.md", UberOnly);
        using var client = factory.CreateClient();
        var uberBefore = await client.GetOkAsync("/api/v1/companies/uber");
        Assert.Equal(2, (int)uberBefore["sourceCount"]!);
        var etagBefore = await ETagOf(client, "/api/v1/companies/uber");

        factory.WriteSeed("a.md", TwitchOnly);
        var report = await SyncAsync(factory);

        Assert.Equal(ImportOutcome.Updated, report.Documents.Single(d => d.FileName == "a.md").Outcome);
        Assert.Equal(ImportOutcome.Unchanged, report.Documents.Single(d => d.FileName == "b.md").Outcome);
        // Dropbox was only in the old a.md: it goes with it. Uber stays, now from b.md alone.
        await client.GetProblemAsync("/api/v1/companies/dropbox", System.Net.HttpStatusCode.NotFound);
        await client.GetOkAsync("/api/v1/companies/twitch");
        var uber = await client.GetOkAsync("/api/v1/companies/uber");
        Assert.Equal(1, (int)uber["sourceCount"]!);
        Assert.All(uber["mentions"]!.AsArray(), m => Assert.Equal("b.md", (string)m!["source"]!["fileName"]!));
        Assert.NotEqual(etagBefore, await ETagOf(client, "/api/v1/companies/uber"));
        var sourceA = (await client.GetOkAsync("/api/v1/sources?q=a.md")).Items().Single();
        Assert.Equal(0, (int)(await client.GetOkAsync($"/api/v1/use-cases?source={(int)sourceA["id"]!}&company=uber"))["total"]!);
    }

    [Fact]
    public async Task A_document_that_becomes_corrupt_keeps_its_earlier_facts_and_records_the_failure()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", DropboxAndUber);
        using var client = factory.CreateClient();
        var dropboxBefore = await client.GetOkAsync("/api/v1/companies/dropbox");

        factory.WriteSeed("a.md", [0xFF, 0xFE, 0x00, 0x00, 0xC3, 0x28]);
        var report = await SyncAsync(factory);

        Assert.Equal(ImportOutcome.Rejected, report.Documents.Single().Outcome);
        Assert.Equal(dropboxBefore.ToJsonString(), (await client.GetOkAsync("/api/v1/companies/dropbox")).ToJsonString());
        var source = (await client.GetOkAsync("/api/v1/sources")).Items().Single();
        Assert.Equal("stale", (string)source["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)source["error"]));
        Assert.NotNull((string?)source["importedAt"]);

        // Fixed again, it imports and the failure is cleared.
        factory.WriteSeed("a.md", TwitchOnly);
        await SyncAsync(factory);
        var fixedSource = (await client.GetOkAsync("/api/v1/sources")).Items().Single();
        Assert.Equal("imported", (string)fixedSource["status"]!);
        Assert.Null((string?)fixedSource["error"]);
        await client.GetOkAsync("/api/v1/companies/twitch");
    }

    [Fact]
    public async Task A_file_removed_from_the_folder_stays_in_the_catalog()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", DropboxAndUber);
        using var client = factory.CreateClient();

        File.Delete(Path.Combine(factory.SeedsPath, "a.md"));
        var report = await SyncAsync(factory);

        Assert.Empty(report.Documents);
        await client.GetOkAsync("/api/v1/companies/dropbox");
        Assert.Equal(1, (int)(await client.GetOkAsync("/api/v1/sources"))["total"]!);
    }

    [Fact]
    public async Task A_link_whose_target_is_gone_is_reported_and_the_rest_import()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("b.md", UberOnly);
        File.CreateSymbolicLink(Path.Combine(factory.SeedsPath, "dangling.md"), Path.Combine(factory.WorkDirectory, "gone.md"));
        using var client = factory.CreateClient();

        var report = await SyncAsync(factory);
        var failed = (await client.GetOkAsync("/api/v1/sources?status=failed")).Items().Single();

        Assert.Equal(ImportOutcome.Rejected, report.Documents.Single(d => d.FileName == "dangling.md").Outcome);
        Assert.Equal("dangling.md", (string)failed["fileName"]!);
        Assert.Contains("not read", (string)failed["error"]!, StringComparison.OrdinalIgnoreCase);
        await client.GetOkAsync("/api/v1/companies/uber");
    }

    [Fact]
    public void Invalid_catalog_options_stop_the_api_at_start()
    {
        using var factory = new CatalogFactory(seedsPath: " ");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Catalog:SeedsPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_seeds_folder_is_reported_and_the_api_still_serves()
    {
        using var factory = new CatalogFactory(seedsPath: Path.Combine(Path.GetTempPath(), "goadoption-no-such-folder-" + Guid.NewGuid()));
        using var client = factory.CreateClient();

        var report = await SyncAsync(factory);

        Assert.NotNull(report.Error);
        Assert.False(report.Succeeded);
        Assert.Equal(0, (int)(await client.GetOkAsync("/api/v1/companies"))["total"]!);
    }

    [Fact]
    public async Task Mentions_keep_the_line_range_of_the_original_file()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("b.md", UberOnly);
        using var client = factory.CreateClient();

        var mention = (await client.GetOkAsync("/api/v1/companies/uber"))["mentions"]!.AsArray().Single()!;

        Assert.Equal(3, (int)mention["lineStart"]!);
        Assert.Equal(3, (int)mention["lineEnd"]!);
        Assert.Contains("Uber", (string)mention["quote"]!, StringComparison.Ordinal);
        Assert.Equal("Notes", (string)mention["source"]!["title"]!);
    }

    private static async Task<string?> ETagOf(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.Headers.ETag?.Tag;
    }

    [SqliteFact]
    public async Task A_full_disk_fails_the_document_with_that_reason_and_leaves_the_catalog_as_it_was()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("good.md", DropboxAndUber);
        using var client = factory.CreateClient();
        var before = await client.GetOkAsync("/api/v1/companies");
        factory.WriteSeed("big.md", "# Zentrix\n\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"Zentrix{i} uses Go for its service number {i}, which it rewrote from Java.\n\n")));

        // SQLite's own "database or disk is full": the connection may not grow the file past a few pages more.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoAdoption.Api.Data.CatalogDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
        using (var limit = connection.CreateCommand())
        {
            limit.CommandText = "PRAGMA page_count";
            var pages = (long)limit.ExecuteScalar()!;
            limit.CommandText = $"PRAGMA max_page_count = {pages + 2}";
            limit.ExecuteNonQuery();
        }
        var report = await scope.ServiceProvider.GetRequiredService<CatalogImporter>().SyncSeedsAsync();

        var big = report.Documents.Single(d => d.FileName == "big.md");
        Assert.Equal(ImportOutcome.Failed, big.Outcome);
        Assert.Contains("the disk is full", big.Reason, StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await client.GetOkAsync("/api/v1/companies")).ToJsonString());
    }

    private static async Task<ImportReport> SyncAsync(CatalogFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogImporter>().SyncSeedsAsync();
    }

    /// <summary>Everything an import could change, as the API shows it.</summary>
    private static async Task<string> Snapshot(HttpClient client)
    {
        var parts = new List<string>();
        foreach (var list in new[] { "companies", "projects", "use-cases", "claims", "sources", "domains" })
            parts.Add((await client.GetOkAsync($"/api/v1/{list}?pageSize=100")).ToJsonString());
        parts.Add((await client.GetOkAsync("/api/v1/companies/uber")).ToJsonString());
        return string.Join('\n', parts);
    }
}
