using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

public class DiscoveryTests
{
    [Fact]
    public void Ingest_NumberedHeadingWithUnknownName_DiscoversACompany()
    {
        var doc = Seeds.Ingest("# Companies using Go\n\n## Details\n\n### 3) Zentrale Widgets\n> Zentrale Widgets uses Golang for its order pipeline.\n");
        var entity = Assert.Single(doc.Entities, e => e.Slug == "zentrale-widgets");
        Assert.Equal(EntityKind.Company, entity.Kind);
        Assert.False(entity.FromGazetteer);
        Assert.Contains(doc.Mentions, m => m.Slug == "zentrale-widgets" && m.At.LineStart == 6);
        Assert.Contains(doc.Warnings, w => w.Contains("Zentrale Widgets", StringComparison.Ordinal));
        Assert.Contains(doc.UseCases, u => u.CompanySlug == "zentrale-widgets");
    }

    [Fact]
    public void Ingest_SectionHeadingWithParenthetical_DiscoversAProjectWithCategory()
    {
        var doc = Seeds.Ingest("# Go语言成功案例\n\n## 2.5 Quasarflow（分布式数据库）\n\nQuasarflow是一个使用Go语言编写的数据库。\n");
        var entity = Assert.Single(doc.Entities, e => e.Slug == "quasarflow");
        Assert.Equal(EntityKind.Project, entity.Kind);
        Assert.Equal("分布式数据库", entity.Category);
    }

    [Fact]
    public void Ingest_NumberedListOfBareNames_DiscoversEachUnknownName()
    {
        var doc = Seeds.Ingest("## Go사용회사 목록\n 1. Uber\n 2. Brightloom\n 3. Kestrel Labs(Payments)\n");
        Assert.Contains(doc.Entities, e => e.Slug == "uber" && e.FromGazetteer);
        Assert.Contains(doc.Entities, e => e.Slug == "brightloom" && !e.FromGazetteer);
        Assert.Contains(doc.Entities, e => e.Slug == "kestrel-labs" && !e.FromGazetteer);
    }

    [Fact]
    public void Ingest_NameColonBullets_DiscoverUnderACompanyHeading()
    {
        var doc = Seeds.Ingest("Posted in\n\n主流科技公司实践案例\n\n  • Nimbusly:其核心计费服务采用 Go 重构;\n  • Google:作为 Go 的诞生地\n");
        Assert.Equal(DocumentForm.WebPage, doc.Form);
        var entity = Assert.Single(doc.Entities, e => !e.FromGazetteer);
        Assert.Equal("nimbusly", entity.Slug);
        Assert.Contains(doc.UseCases, u => u.CompanySlug == "nimbusly" && u.System == "核心计费服务");
    }

    [Fact]
    public void Ingest_NameColonBulletsInADesignNote_AreNotNames()
    {
        var doc = Seeds.Ingest("Posted in\n\n核心架构设计\n\n  • Ring Buffer:无锁循环队列\n  • Worker Pool:固定大小协程池\n");
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void Ingest_ProjectTableFirstCells_DiscoverProjects()
    {
        var doc = Seeds.Ingest("Posted in\n\n开源项目\n\n项目 用途 典型企业用户\nZephyrMQ 消息队列 美团、京东\nKubernetes 容器编排平台 工商银行\n");
        var entity = Assert.Single(doc.Entities, e => e.Slug == "zephyrmq");
        Assert.Equal(EntityKind.Project, entity.Kind);
        Assert.Contains(doc.UseCases, u => u is { CompanySlug: "icbc", ProjectSlug: "kubernetes" });
        Assert.Contains(doc.UseCases, u => u is { CompanySlug: "meituan", ProjectSlug: "zephyrmq" });
    }

    [Fact]
    public void Ingest_LinkListUnderCountryHeading_DiscoversCompaniesWithCountry()
    {
        var doc = Seeds.Ingest("# Go users\n\n## Japan\n\n- [Hanamaru Systems](https://hanamaru.example.jp) - logistics\n- [Mercari](https://mercari.com)\n\n## 한국\n\n- [토끼컴퍼니](https://tokki.example.kr)\n");
        var hanamaru = Assert.Single(doc.Entities, e => e.Slug == "hanamaru-systems");
        Assert.Equal(("JP", EntityKind.Company, false), (hanamaru.Country, hanamaru.Kind, hanamaru.FromGazetteer));
        Assert.Contains(doc.Entities, e => e.Slug == "mercari" && e.FromGazetteer);
        var korean = Assert.Single(doc.Entities, e => e.Slug == "토끼컴퍼니");
        Assert.Equal("KR", korean.Country);
    }

    [Fact]
    public void Ingest_JapaneseCompanyList_DiscoversUnknownJapaneseNames()
    {
        var doc = Seeds.Ingest("# Go を採用している企業\n\n## 日本\n\n- [さくら技研](https://sakura.example.jp): インフラ\n- [メルカリ](https://about.mercari.com)\n");
        Assert.Equal("ja", doc.Language);
        var entity = Assert.Single(doc.Entities, e => !e.FromGazetteer);
        Assert.Equal(("さくら技研", "JP"), (entity.Slug, entity.Country));
        Assert.Contains(doc.Entities, e => e.Slug == "mercari" && e.FromGazetteer);
    }

    [Fact]
    public void Ingest_BareNamesQuotedUnderEtcHeading_AreDiscovered()
    {
        var doc = Seeds.Ingest("# 유명 회사\n## 목록\n### 8) etc\n> Wavecrest\n> Twitter\n> \n");
        Assert.Contains(doc.Entities, e => e.Slug == "wavecrest" && !e.FromGazetteer);
        Assert.Contains(doc.Entities, e => e.Slug == "twitter" && e.FromGazetteer);
        Assert.DoesNotContain(doc.Entities, e => e.Slug == "etc");
    }

    [Fact]
    public void Ingest_Seeds_NeedNoDiscoveredNames()
    {
        Assert.All(Seeds.All.Values.SelectMany(d => d.Entities), e => Assert.True(e.FromGazetteer, e.Name));
    }
}
