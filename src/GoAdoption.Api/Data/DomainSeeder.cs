using GoAdoption.Domain.Taxonomy;
using GoAdoption.Ingest.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Data;

/// <summary>
/// Keeps the Domains table equal to <see cref="DomainDefinitions"/> (the taxonomy's slugs with their names). Runs as EF
/// Core's seeding step after migrations, so the taxonomy in code stays the single source of truth without a migration
/// per wording change.
/// </summary>
public static class DomainSeeder
{
    public static async Task SeedAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await SeedOnceAsync(context, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance starting on the same PostgreSQL database seeded the same rows first: read them and go on.
            context.ChangeTracker.Clear();
            await SeedOnceAsync(context, cancellationToken);
        }
    }

    private static async Task SeedOnceAsync(DbContext context, CancellationToken cancellationToken)
    {
        var domains = context.Set<Entities.Domain>();
        var existing = await domains.ToDictionaryAsync(d => d.Slug, StringComparer.Ordinal, cancellationToken);
        foreach (var definition in DomainDefinitions.All)
        {
            if (!existing.TryGetValue(definition.Slug, out var domain))
            {
                domain = new Entities.Domain { Slug = definition.Slug, Name = definition.Slug };
                domains.Add(domain);
            }
            domain.Name = definition.Names.GetValueOrDefault("en") ?? definition.Slug;
            domain.Names = new Dictionary<string, string>(definition.Names, StringComparer.Ordinal);
        }
        // A domain dropped from the taxonomy goes once nothing refers to it.
        foreach (var stale in existing.Values.Where(d => !DomainTaxonomy.IsKnown(d.Slug)))
        {
            var used = await domains.Where(d => d.Id == stale.Id)
                .AnyAsync(d => d.Companies.Any() || d.Projects.Any() || d.UseCases.Any(), cancellationToken);
            if (!used)
                domains.Remove(stale);
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
