using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

public class GazetteerTests
{
    [Theory]
    [InlineData("tencent", "腾讯", "腾讯云", "Tencent", "Tencent Cloud")]
    [InlineData("bytedance", "字节跳动", "ByteDance")]
    [InlineData("alibaba", "阿里", "阿里巴巴", "阿里云", "Alibaba", "Alibaba Cloud")]
    [InlineData("didi", "滴滴", "滴滴出行", "Didi")]
    [InlineData("meituan", "美团", "美团外卖", "Meituan")]
    [InlineData("jd-com", "京东", "京东物流", "JD.com")]
    [InlineData("netease", "网易", "网易严选", "NetEase")]
    [InlineData("google", "Google", "Google Cloud", "GCP")]
    [InlineData("amazon", "Amazon", "AWS")]
    [InlineData("kubernetes", "K8s", "K8S", "Kubernets", "Kubernetes")]
    [InlineData("sendgrid", "Sendgrid", "SendGrid")]
    [InlineData("etcd", "Etcd", "etcd")]
    public void Ingest_EverySpellingOfAnAliasGroup_ResolvesToOneSlug(string slug, params string[] spellings)
    {
        var text = "# Users\n\n" + string.Join("\n\n", spellings.Select(s => $"{s} 使用 Go 开发服务。"));
        var doc = Seeds.Ingest(text);
        var entity = Assert.Single(doc.Entities);
        Assert.Equal(slug, entity.Slug);
        Assert.Equal(spellings.Length, doc.Mentions.Count);
        Assert.All(spellings.Where(s => s != entity.Name), s => Assert.Contains(s, entity.Aliases));
    }

    [Fact]
    public void Ingest_LongestAliasWins()
    {
        var doc = Seeds.Ingest("阿里巴巴和腾讯云以及京东物流都在用 Go。\n");
        Assert.Equal(["阿里巴巴", "腾讯云", "京东物流"], doc.Mentions.Select(m => m.AsWritten));
    }

    [Fact]
    public void Ingest_EtcdAndFleet_AreTwoProjects()
    {
        var doc = Seeds.Get(Seeds.KoreanMarkdown);
        var line14 = doc.Mentions.Where(m => m.At.LineStart == 14).Select(m => m.Slug).ToList();
        Assert.Equal(["etcd", "fleet"], line14);
        Assert.All(doc.Entities.Where(e => e.Slug is "etcd" or "fleet"), e => Assert.Equal(EntityKind.Project, e.Kind));
        Assert.Equal("coreos", doc.Entities.Single(e => e.Slug == "etcd").ParentSlug);
    }

    [Fact]
    public void Ingest_Kubernetes_IsNeverACompany()
    {
        foreach (var doc in Seeds.All.Values)
        {
            Assert.All(doc.Entities.Where(e => e.Slug == "kubernetes"), e =>
            {
                Assert.Equal(EntityKind.Project, e.Kind);
                Assert.Equal("google", e.ParentSlug);
                Assert.True(e.WrittenInGo);
            });
        }
    }

    [Fact]
    public void Ingest_Toutiao_IsAProductOfByteDance()
    {
        var toutiao = Seeds.Get(Seeds.ChineseMarkdown).Entities.Single(e => e.Slug == "toutiao");
        Assert.Equal(EntityKind.Product, toutiao.Kind);
        Assert.Equal("bytedance", toutiao.ParentSlug);
        Assert.Contains("今日头条", toutiao.Aliases);
    }

    [Theory]
    [InlineData("YouTube", "youtube", "google")]
    [InlineData("微信支付", "wechat-pay", "tencent")]
    [InlineData("文心一言", "ernie-bot", "baidu")]
    public void Ingest_Products_LinkToTheirOwners(string name, string slug, string parent)
    {
        var entity = Assert.Single(Seeds.Ingest($"{name} 使用 Go。\n").Entities);
        Assert.Equal((slug, EntityKind.Product, parent), (entity.Slug, entity.Kind, entity.ParentSlug));
    }

    [Fact]
    public void Ingest_Faceboook_ResolvesToFacebookByNearSpelling()
    {
        var doc = Seeds.Get(Seeds.KoreanMarkdown);
        var mention = Assert.Single(doc.Mentions, m => m.Slug == "facebook");
        Assert.Equal(("Faceboook", 52), (mention.AsWritten, mention.At.LineStart));
        Assert.True(doc.Entities.Single(e => e.Slug == "facebook").FromGazetteer);
        Assert.Contains(doc.Warnings, w => w.Contains("Faceboook", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("TiKV", false)]
    [InlineData("Envoy", false)]
    [InlineData("TiDB", true)]
    [InlineData("Prometheus", true)]
    public void Ingest_Projects_CarryWhetherTheyAreWrittenInGo(string name, bool writtenInGo)
    {
        var entity = Assert.Single(Seeds.Ingest($"# Projects\n\n{name} is popular.\n").Entities);
        Assert.Equal(EntityKind.Project, entity.Kind);
        Assert.Equal(writtenInGo, entity.WrittenInGo);
        Assert.NotNull(entity.Category);
    }

    [Fact]
    public void Ingest_AmbiguousShortNames_MatchOnlyAsWritten()
    {
        var doc = Seeds.Ingest("The fleet of lime scooters will revel in the medium term; pd is lowercase.\n");
        Assert.Empty(doc.Mentions);
    }

    [Fact]
    public void Ingest_HostNamesInsideUrlsAreNotMentions()
    {
        var doc = Seeds.Ingest("See github.com/uber-go/ring and blog.twitter.com for details.\n");
        Assert.Empty(doc.Mentions);
    }

    [Fact]
    public void Ingest_TencentWeChatPayRiskEngine_IsAFinanceUseCaseNotAFinanceCompany()
    {
        var doc = Seeds.Get(Seeds.WebPage002);
        Assert.DoesNotContain("finance", doc.Entities.Single(e => e.Slug == "tencent").Domains);
        Assert.Contains(doc.UseCases, u => u is { CompanySlug: "tencent", Domain: "finance" });
    }
}
