using GoAdoption.Domain.Taxonomy;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

/// <summary>The shipped gazetteer and technology lexicon hold together: one owner per name, parents that exist, real domains.</summary>
public sealed class GazetteerIntegrityTests
{
    private static readonly IReadOnlyList<GazetteerEntry> Entries = NameGazetteer.Default.Entries;

    [Fact]
    public void No_name_or_alias_belongs_to_two_entries()
    {
        var owners = Entries.SelectMany(e => e.AllNames.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (Name: n.Trim(), e.Slug)))
            .GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(n => n.Slug).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(n => n.Slug).Distinct())}")
            .ToList();

        Assert.Empty(owners);
    }

    [Fact]
    public void Slugs_are_unique_and_every_name_has_one()
    {
        Assert.All(Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Slug), e.Name));
        Assert.Empty(Entries.GroupBy(e => e.Slug).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_parent_is_an_entry_of_the_gazetteer()
    {
        var missing = Entries.Where(e => e.ParentSlug is not null && NameGazetteer.Default.FindBySlug(e.ParentSlug) is null)
            .Select(e => $"{e.Slug} → {e.ParentSlug}").ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_domain_is_in_the_taxonomy()
    {
        var unknown = Entries.SelectMany(e => e.Domains.Where(d => !DomainTaxonomy.IsKnown(d)).Select(d => $"{e.Slug}: {d}")).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void A_project_repository_is_owner_slash_name()
    {
        var bad = Entries.Where(e => e.Repository is { } r && (r.Count(c => c == '/') != 1 || r.Contains(' ', StringComparison.Ordinal)))
            .Select(e => $"{e.Slug}: {e.Repository}").ToList();

        Assert.All(Entries.Where(e => e.Repository is not null), e => Assert.Equal(EntityKind.Project, e.Kind));
        Assert.Empty(bad);
    }

    [Fact]
    public void No_technology_is_also_a_company_or_project()
    {
        var both = TechnologyLexicon.Default.Entries.SelectMany(t => t.AllNames)
            .Where(n => NameGazetteer.Default.FindExact(n) is not null)
            .ToList();

        Assert.Empty(both);
    }
}
