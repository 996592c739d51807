using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

/// <summary>Who a document says uses Go, on documents of a few lines written for each rule and language.</summary>
public sealed class OrganizationReadingTests
{
    [Fact]
    public void Subject_FromFrontMatter_IsTheCompanyAndOwnsFiguresNamingNoOne()
    {
        var doc = Seeds.Ingest("---\ntitle: A story\ncompany: Zentrix\n---\n\nWe moved billing to Go. Latency went from 300 ms to 40 ms.\n");
        Assert.Equal("zentrix", doc.Subject?.Slug);
        Assert.Contains(doc.Subject!.Reasons, r => r.StartsWith("front matter company", StringComparison.Ordinal));
        Assert.Equal("zentrix", Assert.Single(doc.Claims).CompanySlug);
    }

    [Theory]
    [InlineData("Companies such as Zentrix, Quorra and Veltrin use Go for their backends.")]
    [InlineData("Companies such as Zentrix, Quorra, and Veltrin use Go for their backends.")]
    [InlineData("Companies like Zentrix, Quorra and Veltrin use Go for their backends.")]
    [InlineData("比如 Zentrix、Quorra 和 Veltrin 等公司都在使用 Go。")]
    public void AListOfUsersAfterAnIntroducer_GivesEveryName_WhateverTheSeparators(string sentence)
    {
        var doc = Seeds.Ingest($"# Who uses Go\n\n{sentence}\n");
        foreach (var name in (string[])["zentrix", "quorra", "veltrin"])
        {
            Assert.Contains(doc.Entities, e => e.Slug == name && e.Kind == EntityKind.Company);
        }
    }

    [Theory]
    [InlineData("I am a software engineer at Zentrix, and this is our story.")]
    [InlineData("I joined Zentrix Labs two years ago.")]
    public void Subject_FromASelfIntroductionEndingWithTheName(string byline)
    {
        var doc = Seeds.Ingest($"# Notes on our stack\n\n{byline}\n\nWe moved billing to Go last year.\n");
        Assert.StartsWith("zentrix", doc.Subject?.Slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("author: Zentrix Engineering", "zentrix")]
    [InlineData("publisher: Zentrix Tech Blog", "zentrix")]
    [InlineData("author: Zentrixテックブログ", "zentrix")]
    [InlineData("author: Uber", "uber")]
    public void Subject_FromAnOrganizationalAuthor_ButNotFromAPerson(string author, string slug)
    {
        var doc = Seeds.Ingest($"---\ntitle: Notes on our stack\n{author}\n---\n\nWe moved billing to Go.\n");
        Assert.Equal(slug, doc.Subject?.Slug);
        Assert.Null(Seeds.Ingest("---\ntitle: Notes on our stack\nauthor: Jane Doe\n---\n\nWe moved billing to Go.\n").Subject);
    }

    [Theory]
    [InlineData("# How Zentrix uses Go\n\nThe billing team wrote its services in Go.\n")]
    [InlineData("# Zentrix Grows with Go\n\nThe billing team wrote its services in Go.\n")]
    [InlineData("# Zentrix의 Go 도입기\n\n결제 서비스를 Go로 작성했습니다.\n")]
    [InlineData("# Zentrix 如何使用 Go\n\n支付服务使用 Go 编写。\n")]
    [InlineData("# ZentrixにおけるGoの活用\n\n決済サービスをGoで書きました。\n")]
    public void Subject_FromTheTitle_InEachLanguage(string text)
    {
        var doc = Seeds.Ingest(text);
        Assert.Equal("zentrix", doc.Subject?.Slug);
        Assert.Contains(doc.Entities, e => e.Slug == "zentrix" && e.Kind == EntityKind.Company);
    }

    [Theory]
    [InlineData("# ゼントリクスの事例\n\n当社は決済基盤を Go に移行し、レイテンシを 120ms から 30ms に短縮しました。\n")]
    [InlineData("# 젠트릭스 이야기\n\n우리는 결제 시스템을 Go로 전환했고 지연 시간이 120ms에서 30ms로 줄었습니다.\n")]
    [InlineData("# 泽恩的实践\n\n我们将支付系统迁移到 Go,延迟从 120ms 降至 30ms。\n")]
    public void SelfReference_ResolvesToTheSubjectInEachLanguage(string text)
    {
        var doc = Seeds.Ingest("---\ncompany: Zentrix\n---\n\n" + text);
        var claim = Assert.Single(doc.Claims);
        Assert.Equal("zentrix", claim.CompanySlug);
        Assert.Equal((120d, 30d), (claim.Baseline!.Value, claim.Result!.Value));
    }

    [Theory]
    [InlineData("Last year Zentrix adopted Go for its payment services.")]
    [InlineData("去年 Zentrix 采用 Go 重写了支付系统。")]
    [InlineData("작년에 Zentrix는 결제 시스템을 Go로 전환했습니다.")]
    [InlineData("昨年、Zentrixは決済基盤にGoを採用しました。")]
    public void UnknownName_WithAnAdoptionVerbAndGo_IsACompany(string sentence)
    {
        var doc = Seeds.Ingest("# Notes\n\n" + sentence + "\n");
        var zentrix = Assert.Single(doc.Entities, e => e.Slug == "zentrix");
        Assert.Equal(EntityKind.Company, zentrix.Kind);
        Assert.False(zentrix.FromGazetteer);
    }

    [Fact]
    public void EngineeringTeamOfAName_MakesItTheAdopter()
    {
        var doc = Seeds.Ingest("# Notes\n\nThe Zentrix engineering team moved its API gateway to Go in 2021.\n");
        Assert.Contains(doc.Entities, e => e.Slug == "zentrix" && e.Kind == EntityKind.Company);
    }

    [Fact]
    public void NameAndItsSpellingInAnotherScript_AreOneCompany()
    {
        var doc = Seeds.Ingest("# 메모\n\n젠트릭스(Zentrix)는 결제 시스템을 Go로 전환했습니다.\n");
        var zentrix = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Company);
        Assert.Contains("젠트릭스", zentrix.Aliases.Append(zentrix.Name));
        Assert.Contains("Zentrix", zentrix.Aliases.Append(zentrix.Name));
    }

    [Fact]
    public void Technologies_AreNeverCompanies()
    {
        var doc = Seeds.Ingest("# Notes\n\nZentrix uses Go with PostgreSQL, Kafka and AWS Lambda for its billing pipeline.\n");
        Assert.Equal(["zentrix"], doc.Entities.Where(e => e.Kind != EntityKind.Project).Select(e => e.Slug));
        Assert.DoesNotContain(doc.Entities, e => e.Slug is "amazon" or "aws-lambda" or "postgresql");
    }

    [Fact]
    public void CompanyOnlyMentioned_IsAWarningNotACompany()
    {
        var doc = Seeds.Ingest("# Notes\n\nZentrix rewrote its API in Go. Its invoices go out through Stripe.\n");
        Assert.DoesNotContain(doc.Entities, e => e.Slug == "stripe");
        Assert.Contains(doc.Warnings, w => w.Contains("'Stripe' is named but nothing says it uses Go", StringComparison.Ordinal));
    }

    [Fact]
    public void LinkOnAName_GivesItsWebsite()
    {
        var doc = Seeds.Ingest("# Notes\n\n[Zentrix](https://www.zentrix.example/) rewrote its API in Go.\n");
        Assert.Equal("zentrix.example", Assert.Single(doc.Entities, e => e.Slug == "zentrix").Website);
    }

    [Fact]
    public void Description_GivesTheDomainThroughTheTaxonomy()
    {
        var doc = Seeds.Ingest("# Notes\n\nZentrix, a fintech startup from Berlin, rewrote its payment API in Go.\n");
        Assert.Equal(["finance"], Assert.Single(doc.Entities, e => e.Slug == "zentrix").Domains);
    }

    [Fact]
    public void RepositoryLink_IsAProjectWithThatRepository_NamedByTheLinkText()
    {
        var doc = Seeds.Ingest("# Notes\n\nWe built [**Fastqueue**](https://github.com/acme-labs/fastqueue), a job queue written in Go.\n"
                               + "See also [Goridge 的](https://github.com/spiral/goridge) 开源产品。\n");
        var fastqueue = Assert.Single(doc.Entities, e => e.Slug == "fastqueue");
        Assert.Equal((EntityKind.Project, "Fastqueue", "acme-labs/fastqueue"), (fastqueue.Kind, fastqueue.Name, fastqueue.Repository));
        Assert.Equal("Goridge", Assert.Single(doc.Entities, e => e.Repository == "spiral/goridge").Name);
    }

    [Fact]
    public void NameWrappedAcrossLines_IsStillOneName()
    {
        var doc = Seeds.Ingest("# Notes\n\nStarting with one small service written in Go, the Zentrix\nBilling team migrated their entire backend to Go.\n"
                               + "\nThe Zentrix Billing team adopted Go in 2019.\n");
        Assert.Contains(doc.Mentions, m => m.AsWritten == "Zentrix Billing" && m.At.LineStart == 3);
    }

    [Fact]
    public void TechnologiesJoinedIntoOneWord_AreNotAName()
    {
        var doc = Seeds.Ingest("# 笔记\n\nZentrix 选择将分析引擎从混合 C-Python 应用程序转变为完全 Go 应用程序。\n");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "C-Python");
        Assert.Contains(doc.Entities, e => e.Slug == "zentrix");
    }

    [Fact]
    public void SoftwareDescribedAsEnterpriseReady_IsNotTheSubject()
    {
        var doc = Seeds.Ingest("# Go for Web Development\n\n[Zenserve](https://zenserve.example/), a powerful, enterprise-ready, open source web server written in Go.\n");
        Assert.Null(doc.Subject);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Zenserve" && e.Kind == EntityKind.Company);
    }

    [Fact]
    public void CreatorOfAGoProject_InATemplateCard_UsesGo()
    {
        var doc = Seeds.Ingest("""
            # DevOps

            {{projects `
              - company: Prometheus
                url: https://github.com/prometheus/prometheus
                desc: Prometheus is a monitoring toolkit originally built at SoundCloud. Most Prometheus components are written in Go.
            `}}
            """);
        Assert.Contains(doc.Entities, e => e.Slug == "soundcloud");
        Assert.Contains(doc.Entities, e => e.Slug == "prometheus" && e.Kind == EntityKind.Project);
    }

    [Fact]
    public void TemplateCardNamingAProductByItsMakersName_NamesTheMaker()
    {
        var doc = Seeds.Ingest("""
            # DevOps

            {{projects `
              - company: Docker
                url: https://docker.com/
                desc: Docker is a software-as-a-service product, written in Go, that teams use for CI/CD.
            `}}
            """);
        Assert.Contains(doc.Entities, e => e.Slug == "docker-inc" && e.Kind == EntityKind.Company);
    }

    [Fact]
    public void ProductWrittenInGo_DoesNotMakeItsMakerAnAdopter_ButItsTeamDoes()
    {
        var written = Seeds.Ingest("# 笔记\n\n大家所熟知的 Docker 就是使用 Go 语言开发的。\n");
        Assert.DoesNotContain(written.Entities, e => e.Slug == "docker-inc");

        var team = Seeds.Ingest("# 笔记\n\nDocker 开发团队之所以喜欢使用 Go，是因为 Go 提供了静态编译。\n");
        Assert.Contains(team.Entities, e => e.Slug == "docker-inc");
    }
}
