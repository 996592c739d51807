using System.Text;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

public sealed class CurationTests
{
    [Fact]
    public void CuratedEntry_ItsAliasIsFoundInTheTextAndTheEffectIsAWarning()
    {
        var doc = Read("""
            entries:
              - name: Zentrix
                aliases: [ゼントリクス]
                country: JP
                domains: [finance]
            """, "ゼントリクスは決済システムを Go で書き直しました。");
        var zentrix = Assert.Single(doc.Entities, e => e.Slug == "zentrix");
        Assert.Equal("JP", zentrix.Country);
        Assert.Equal(["finance"], zentrix.Domains);
        Assert.Contains(doc.Warnings, w => w.StartsWith("curation: Zentrix added", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_TheSecondSpellingIsTheFirstEntry()
    {
        var doc = Read("""
            entries:
              - name: Acme Cloud
            merge:
              - from: AcmeCo
                into: Acme Cloud
            """, "AcmeCo rewrote its billing API in Go last year.");
        var acme = Assert.Single(doc.Entities, e => e.Kind != EntityKind.Project);
        Assert.Equal("acme-cloud", acme.Slug);
        Assert.Contains(doc.Warnings, w => w == "curation: AcmeCo merged into Acme Cloud");
    }

    [Fact]
    public void NotACompany_IsLeftOutWithAWarning()
    {
        var doc = Read("notCompanies: [Stripe]", "Stripe uses Go for its API gateway.");
        Assert.DoesNotContain(doc.Entities, e => e.Slug == "stripe");
        Assert.Contains(doc.Warnings, w => w.Contains("curation: 'Stripe' is not a company", StringComparison.Ordinal));
    }

    [Fact]
    public void NotAProject_IsLeftOut()
    {
        var doc = Read("notProjects: [Kubernetes]", "Uber wrote its services in Go and runs them on Kubernetes.");
        Assert.DoesNotContain(doc.Entities, e => e.Slug == "kubernetes");
        Assert.Contains(doc.Entities, e => e.Slug == "uber");
    }

    [Fact]
    public void KnownEntry_TakesTheWebsiteAndParentTheOperatorSets()
    {
        var doc = Read("""
            entries:
              - name: Twitch
                website: twitch.example
                parent: Amazon
            """, "Twitch rewrote its chat system in Go.");
        var twitch = Assert.Single(doc.Entities, e => e.Slug == "twitch");
        Assert.Equal("twitch.example", twitch.Website);
        Assert.Equal("amazon", twitch.ParentSlug);
        var effect = Assert.Single(doc.Warnings, w => w.StartsWith("curation: Twitch:", StringComparison.Ordinal));
        Assert.Contains("website twitch.example", effect, StringComparison.Ordinal);
        Assert.Contains("part of Amazon", effect, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidFile_ListsEveryProblemWithWhereItIs()
    {
        var error = Assert.Throws<CurationException>(() => Curation.Parse("""
            entries:
              - name: Zentrix
                country: Japan
                domains: [banking]
                parent: Nobody Known
              - aliases: [X]
            merge:
              - from: Foo
                into: Not A Known Name
            """, "curation.yaml"));
        Assert.Equal(5, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].country", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].domains", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].parent", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[1].name", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("merge[0].into", StringComparison.Ordinal));
        Assert.Contains("curation.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyOrBrokenYaml_IsReportedWithItsLine()
    {
        var unknown = Assert.Throws<CurationException>(() => Curation.Parse("entries:\n  - name: A\n    homepage: a.example\n"));
        Assert.StartsWith("line 3", Assert.Single(unknown.Problems), StringComparison.Ordinal);
        Assert.Throws<CurationException>(() => Curation.Parse("entries: [unclosed"));
    }

    [Fact]
    public void AliasAlreadyNamingAnotherEntry_IsAProblem()
    {
        var error = Assert.Throws<CurationException>(() => Curation.Parse("entries:\n  - name: Zentrix\n    aliases: [Uber]\n"));
        Assert.Contains("already names Uber", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    private static IngestedDocument Read(string curation, string text) =>
        new DocumentIngestor(Curation.Parse(curation)).Ingest("doc.md", Encoding.UTF8.GetBytes(text));
}
