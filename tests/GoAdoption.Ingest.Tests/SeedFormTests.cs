using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

public class SeedFormTests
{
    [Theory]
    [InlineData(Seeds.KoreanMarkdown, "ko", DocumentForm.Markdown, "golang usage", 62)]
    [InlineData(Seeds.ChineseMarkdown, "zh", DocumentForm.Markdown, "为什么使用Go做后端开发", 71)]
    [InlineData(Seeds.WebPage002, "zh", DocumentForm.WebPage, "Go语言企业应用全景扫描:从初创公司到Fortune 500,这5类业务场景必须用Go", 520)]
    [InlineData(Seeds.WebPage003, "zh", DocumentForm.WebPage, "【企业Go人才争夺战白热化】:2024年薪超65万的Go高级工程师,92%来自这7家实战派企业", 465)]
    [InlineData(Seeds.EnglishText, "en", DocumentForm.PlainText, "Application Cases of Go Language in Cloud Platform Development Container Orchestration and Management - Docker", 15)]
    public void Ingest_Seed_DetectsLanguageFormTitleAndLineCount(string file, string language, DocumentForm form, string title, int lines)
    {
        var doc = Seeds.Get(file);
        Assert.Equal(language, doc.Language);
        Assert.Equal(form, doc.Form);
        Assert.Equal(title, doc.Title);
        Assert.Equal(lines, doc.LineCount);
        Assert.Matches("^[0-9a-f]{64}$", doc.ContentHash);
    }

    [Fact]
    public void Ingest_MarkdownSeedWithFrontMatter_ReadsKeysAndKeepsOriginalLineNumbers()
    {
        var doc = Seeds.Get(Seeds.KoreanMarkdown);
        Assert.Equal("golang usage", doc.FrontMatter["title"]);
        Assert.Equal("true", doc.FrontMatter["mermaid"]);
        var frontMatter = Assert.Single(doc.Passages, p => p.Kind == PassageKind.FrontMatter);
        Assert.Equal((1, 6), (frontMatter.LineStart, frontMatter.LineEnd));
        Assert.Contains(doc.Passages, p => p is { Kind: PassageKind.Heading, LineStart: 33, Text: "3) Dailymotion" });
        Assert.Contains(doc.Mentions, m => m.Slug == "sendgrid" && m.AsWritten == "Sendgrid" && m.At.LineStart == 44);
    }

    [Fact]
    public void Ingest_MarkdownSeed_QuotedNamesKeepTheirOwnLines()
    {
        var doc = Seeds.Get(Seeds.KoreanMarkdown);
        Assert.Contains(doc.Mentions, m => m.Slug == "twitter" && m.At.LineStart == 53 && m.At.Quote == "Twitter");
        Assert.Contains(doc.Mentions, m => m.Slug == "gov-uk" && m.At.LineStart == 61);
    }

    [Fact]
    public void Ingest_WebPageSeed_UberGeoFenceUseCaseAtLine438()
    {
        var doc = Seeds.Get(Seeds.WebPage003);
        var useCase = Assert.Single(doc.UseCases, u => u.CompanySlug == "uber");
        Assert.Equal("Geo-fence Service", useCase.System);
        Assert.Equal("logistics", useCase.Domain);
        Assert.Equal("Java", useCase.MigratedFrom);
        Assert.Equal((438, 438), (useCase.At.LineStart, useCase.At.LineEnd));
        Assert.Contains("地理围栏服务(Geo-fence Service)迁移至 Go", useCase.At.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_WebPageSeed_ReadsChaptersSectionsBulletsAndTables()
    {
        var doc = Seeds.Get(Seeds.WebPage002);
        Assert.Contains(doc.Passages, p => p is { Kind: PassageKind.Heading, LineStart: 5 });
        var bullet = Assert.Single(doc.Passages, p => p.LineStart == 12);
        Assert.Equal(PassageKind.ListItem, bullet.Kind);
        Assert.StartsWith("Uber:", bullet.Text, StringComparison.Ordinal);
        Assert.Equal("主流科技公司实践案例", bullet.HeadingPath[^1]);
        Assert.Equal(PassageKind.TableHeader, Assert.Single(doc.Passages, p => p.LineStart == 492).Kind);
        Assert.Equal(PassageKind.TableRow, Assert.Single(doc.Passages, p => p.LineStart == 493).Kind);
        Assert.Equal(PassageKind.TableHeader, Assert.Single(Seeds.Get(Seeds.WebPage003).Passages, p => p.LineStart == 440).Kind);
    }

    [Theory]
    [InlineData(Seeds.WebPage002, 45, 55, PassageKind.Code)]
    [InlineData(Seeds.WebPage002, 30, 31, PassageKind.Code)]
    [InlineData(Seeds.WebPage002, 220, 226, PassageKind.Code)]
    [InlineData(Seeds.WebPage002, 289, 289, PassageKind.Code)]
    [InlineData(Seeds.WebPage002, 68, 73, PassageKind.Diagram)]
    [InlineData(Seeds.WebPage002, 247, 247, PassageKind.Diagram)]
    [InlineData(Seeds.WebPage002, 346, 351, PassageKind.Diagram)]
    [InlineData(Seeds.WebPage003, 17, 19, PassageKind.Code)]
    [InlineData(Seeds.WebPage003, 404, 409, PassageKind.Code)]
    [InlineData(Seeds.WebPage003, 449, 451, PassageKind.Code)]
    [InlineData(Seeds.ChineseMarkdown, 66, 66, PassageKind.LinkOnly)]
    [InlineData(Seeds.ChineseMarkdown, 71, 71, PassageKind.LinkOnly)]
    [InlineData(Seeds.WebPage002, 1, 1, PassageKind.Footer)]
    [InlineData(Seeds.WebPage002, 516, 516, PassageKind.Footer)]
    [InlineData(Seeds.WebPage002, 518, 518, PassageKind.Footer)]
    [InlineData(Seeds.WebPage003, 461, 461, PassageKind.Footer)]
    [InlineData(Seeds.WebPage003, 465, 465, PassageKind.Footer)]
    public void Ingest_Seed_ClassifiesNonFactLines(string file, int from, int to, PassageKind kind)
    {
        var passage = Assert.Single(Seeds.Get(file).Passages, p => p.LineStart == from);
        Assert.Equal(kind, passage.Kind);
        Assert.Equal(to, passage.LineEnd);
        Assert.False(passage.IsFactBearing);
    }

    [Theory]
    [InlineData(Seeds.WebPage002, 33)]
    [InlineData(Seeds.WebPage002, 514)]
    [InlineData(Seeds.WebPage003, 15)]
    [InlineData(Seeds.WebPage002, 339)]
    [InlineData(Seeds.WebPage002, 199)]
    public void Ingest_WebPageSeed_ProseMentioningCodeStaysProse(string file, int line)
    {
        var passage = Assert.Single(Seeds.Get(file).Passages, p => p.LineStart <= line && line <= p.LineEnd);
        Assert.True(passage.IsFactBearing, $"line {line} was read as {passage.Kind}");
    }

    [Fact]
    public void Ingest_WebPageSeed_CodeBlocksDiagramsAndFootersYieldNoMentionsOrUseCases()
    {
        foreach (var doc in Seeds.All.Values)
        {
            var silent = doc.Passages.Where(p => !p.IsFactBearing).ToList();
            bool InSilent(int line) => silent.Any(p => p.LineStart <= line && line <= p.LineEnd);
            Assert.DoesNotContain(doc.Mentions, m => InSilent(m.At.LineStart));
            Assert.DoesNotContain(doc.UseCases, u => InSilent(u.At.LineStart));
        }
    }

    [Fact]
    public void Ingest_WebPageSeed_CodeNamingACompanyYieldsNothing()
    {
        // Seed 003 line 42 is a Go comment naming 滴滴; seed 002 lines 30–31 are a shell comment and curl naming
        // Kubernetes; line 33 is prose quoting "grep -i cloudflare" and the module path k8s.io/kubernetes.
        Assert.DoesNotContain(Seeds.Get(Seeds.WebPage003).Mentions, m => m.At.LineStart is 42 or 326);
        Assert.DoesNotContain(Seeds.Get(Seeds.WebPage002).Mentions, m => m.At.LineStart is 30 or 31 or 33);
    }

    [Fact]
    public void Ingest_ConfigTablesYieldNothing()
    {
        var doc = Seeds.Get(Seeds.WebPage002);
        Assert.DoesNotContain(doc.Mentions, m => m.At.LineStart is >= 129 and <= 132 or >= 364 and <= 369);
        Assert.DoesNotContain(doc.UseCases, u => u.At.LineStart is >= 129 and <= 132 or >= 364 and <= 369);
    }

    [Fact]
    public void Ingest_EnglishPlainTextSeed_FindsProjectsUnderTitleLikeLines()
    {
        var doc = Seeds.Get(Seeds.EnglishText);
        Assert.Contains(doc.Passages, p => p is { Kind: PassageKind.Heading, LineStart: 5, Text: "Message Queue System - NSQ" });
        foreach (var slug in new[] { "docker", "nsq", "skynet", "tsuru", "kubernetes" })
        {
            Assert.Equal(EntityKind.Project, Assert.Single(doc.Entities, e => e.Slug == slug).Kind);
        }

        Assert.Contains(doc.Mentions, m => m.Slug == "nsq" && m.AsWritten == "NSq" && m.At.LineStart == 7);
    }

    [Fact]
    public void Ingest_ChineseMarkdownSeed_ReadsProductsAndMigrations()
    {
        var doc = Seeds.Get(Seeds.ChineseMarkdown);
        Assert.Contains(doc.Mentions, m => m.Slug == "kubernetes" && m.AsWritten == "Kubernets" && m.At.LineStart == 16);
        Assert.Contains(doc.Mentions, m => m.Slug == "kubernetes" && m.AsWritten == "K8S" && m.At.LineStart == 16);
        Assert.Contains(doc.UseCases, u => u.CompanySlug == "toutiao" && u.At.LineStart == 18);
    }

    [Fact]
    public void Ingest_WebPageSeed_ReadsMigrationsAsWritten()
    {
        var uc002 = Seeds.Get(Seeds.WebPage002).UseCases;
        var uc003 = Seeds.Get(Seeds.WebPage003).UseCases;
        Assert.Contains(uc003, u => u.CompanySlug == "twitch" && u.MigratedFrom == "Node.js" && u.At.LineStart == 11);
        Assert.Contains(uc003, u => u.CompanySlug == "netflix" && u.ProjectSlug == "archaius" && u.MigratedFrom == "Java");
        Assert.Contains(uc003, u => u.CompanySlug == "docker-inc" && u.MigratedFrom == "Python");
        Assert.Contains(uc002, u => u.CompanySlug == "bytedance" && u.MigratedFrom == "C++");
        Assert.Contains(Seeds.Get(Seeds.KoreanMarkdown).UseCases,
            u => u.CompanySlug == "uber" && u.MigratedFrom == "Python" && u.System == "Schemaless worker nodes");
    }

    [Fact]
    public void Ingest_WebPageSeed_CompaniesNameTheirSystemsInParentheses()
    {
        var useCases = Seeds.Get(Seeds.WebPage002).UseCases;
        Assert.Contains(useCases, u => u is { CompanySlug: "tencent", ProjectSlug: "tars", System: "TARS 框架 Go 版" });
        Assert.Contains(useCases, u => u is { CompanySlug: "uber", System: "Geo-fence Service" });
        Assert.Contains(useCases, u => u is { CompanySlug: "alibaba", ProjectSlug: "openyurt" });
        Assert.Contains(useCases, u => u is { CompanySlug: "tencent", Domain: "finance" } && u.At.LineStart == 486);
    }

    [Fact]
    public void Ingest_WebPageSeed_ProjectTableRowsGiveUseCasesOfTheirUsers()
    {
        var useCases = Seeds.Get(Seeds.WebPage002).UseCases;
        Assert.Contains(useCases, u => u is { CompanySlug: "icbc", ProjectSlug: "kubernetes" } && u.At.LineStart == 493);
        Assert.Contains(useCases, u => u is { CompanySlug: "netease", ProjectSlug: "etcd" } && u.At.LineStart == 496);
        Assert.Contains(useCases, u => u is { CompanySlug: "bank-of-china", ProjectSlug: "tidb" } && u.At.LineStart == 500);
    }
}
