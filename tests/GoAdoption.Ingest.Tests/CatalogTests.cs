using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

/// <summary>What the catalog gets from all five seeds together.</summary>
public class CatalogTests
{
    private static List<ExtractedEntity> Distinct(EntityKind kind) => Seeds.All.Values
        .SelectMany(d => d.Entities)
        .Where(e => e.Kind == kind)
        .GroupBy(e => e.Slug)
        .Select(g => g.First())
        .ToList();

    [Fact]
    public void Ingest_EachSeed_FindsEveryLabelledCompanyAndProject()
    {
        foreach (var (file, (companies, projects)) in SeedEntityLabels.All)
        {
            var entities = Seeds.Get(file).Entities;
            var foundCompanies = entities.Where(e => e.Kind != EntityKind.Project).Select(e => e.Slug).ToHashSet();
            var foundProjects = entities.Where(e => e.Kind == EntityKind.Project).Select(e => e.Slug).ToHashSet();
            Assert.Empty(companies.Where(c => !foundCompanies.Contains(c)).Select(c => $"{file}: company {c}"));
            Assert.Empty(projects.Where(p => !foundProjects.Contains(p)).Select(p => $"{file}: project {p}"));
        }
    }

    [Fact]
    public void Ingest_AllSeeds_YieldAtLeast40CompaniesAnd25Projects()
    {
        Assert.True(Distinct(EntityKind.Company).Count >= 40, $"{Distinct(EntityKind.Company).Count} companies");
        Assert.True(Distinct(EntityKind.Project).Count >= 25, $"{Distinct(EntityKind.Project).Count} projects");
    }

    [Fact]
    public void Ingest_AllSeeds_FinanceCompaniesAreExactlyThePaymentBankingAndTradingOnes()
    {
        var finance = Distinct(EntityKind.Company).Where(e => e.Domains.Contains("finance")).Select(e => e.Slug).Order();
        Assert.Equal(
            ["bank-of-china", "china-merchants-bank", "citic-securities", "coinbase", "icbc", "paypal", "ping-an", "stripe"],
            finance);
    }

    [Fact]
    public void Ingest_AllSeeds_EachEntityHasOneKindAndName()
    {
        var all = Seeds.All.Values.SelectMany(d => d.Entities).GroupBy(e => e.Slug);
        Assert.All(all, g =>
        {
            Assert.Single(g.Select(e => e.Kind).Distinct());
            Assert.Single(g.Select(e => e.Name).Distinct());
        });
        var names = Seeds.All.Values.SelectMany(d => d.Entities).GroupBy(e => e.Name.ToUpperInvariant());
        Assert.All(names, g => Assert.Single(g.Select(e => e.Slug).Distinct()));
    }

    [Fact]
    public void Ingest_AllSeeds_ACompanyMentionedByManyDocumentsShowsEachSource()
    {
        var sources = Seeds.All.Values.Where(d => d.Mentions.Any(m => m.Slug == "google")).Select(d => d.FileName).ToList();
        Assert.True(sources.Count >= 3, string.Join(", ", sources));
        Assert.Equal(3, Seeds.All.Values.Count(d => d.Mentions.Any(m => m.Slug == "uber")));
    }

    [Fact]
    public void Ingest_AllSeeds_EveryMentionQuotesTheTextOfItsLines()
    {
        foreach (var doc in Seeds.All.Values)
        {
            Assert.All(doc.Mentions.Concat<object>(doc.UseCases), o =>
            {
                var at = o is EntityMention m ? m.At : ((ExtractedUseCase)o).At;
                Assert.InRange(at.LineStart, 1, doc.LineCount);
                Assert.InRange(at.LineEnd, at.LineStart, doc.LineCount);
                Assert.False(string.IsNullOrWhiteSpace(at.Quote));
            });
        }
    }

    [Fact]
    public void Ingest_AllSeeds_UseCaseDomainsComeFromTheTaxonomy()
    {
        var useCases = Seeds.All.Values.SelectMany(d => d.UseCases).ToList();
        Assert.True(useCases.Count >= 40, $"{useCases.Count} use-cases");
        Assert.All(useCases.Where(u => u.Domain is not null),
            u => Assert.True(Domain.Taxonomy.DomainTaxonomy.IsKnown(u.Domain)));
        Assert.All(Seeds.All.Values.SelectMany(d => d.Entities).SelectMany(e => e.Domains),
            d => Assert.True(Domain.Taxonomy.DomainTaxonomy.IsKnown(d)));
    }
}
