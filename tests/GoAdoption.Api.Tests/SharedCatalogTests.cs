using System.Net;

namespace GoAdoption.Api.Tests;

/// <summary>Several API instances over one PostgreSQL catalog stay coherent.</summary>
public sealed class SharedCatalogTests
{
    private const string Zentrix = "# Zentrix uses Go\n\nZentrix rewrote its payment gateway in Go.\n";

    [PostgresFact]
    public async Task An_import_by_another_instance_changes_this_instances_etags_within_a_second_without_polling()
    {
        using var first = new CatalogFactory(settings: new Dictionary<string, string?> { ["Catalog:VersionPollSeconds"] = "0" });
        first.WriteSeed("zentrix.md", Zentrix);
        using var client = first.CreateClient();
        using var before = await client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // The second instance serves the same database and imports a document the first has never seen.
        using var second = new CatalogFactory(workDirectory: first.WorkDirectory, importOnStart: false,
            settings: new Dictionary<string, string?> { ["Catalog:VersionPollSeconds"] = "0" });
        second.WriteSeed("quorvane.md", "# Quorvane uses Go\n\nQuorvane moved its billing API to Go.\n");
        second.CreateClient().Dispose();
        await second.SyncSeedsAsync();

        var heard = DateTime.UtcNow + TimeSpan.FromSeconds(1);
        HttpResponseMessage? after = null;
        do
        {
            after?.Dispose();
            await Task.Delay(50);
            after = await client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));
        }
        while (Equals(after.Headers.ETag, before.Headers.ETag) && DateTime.UtcNow < heard);

        using (after)
        {
            Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
            Assert.Contains("quorvane", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
