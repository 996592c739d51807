using GoAdoption.Domain.Claims;
using static GoAdoption.Ingest.Tests.Claims.ClaimTestKit;

namespace GoAdoption.Ingest.Tests.Claims;

public sealed class ProseClaimTests
{
    [Fact]
    public void Chinese_QpsFiveTimesAndLatencyDownForty_AreTwoStatedChanges()
    {
        var claims = Read("Uber:其核心地理围栏服务(Geo-fence Service)采用 Go 重构,QPS 提升 5 倍,延迟降低 40%;");
        var qps = Assert.Single(claims, c => c.Metric == ClaimMetric.Throughput);
        Assert.Equal(5, qps.StatedMultiplier);
        Assert.Equal("uber", qps.CompanySlug);
        Assert.Equal("Geo-fence Service", qps.System);
        var latency = Assert.Single(claims, c => c.Metric == ClaimMetric.Latency);
        Assert.Equal(-40, latency.StatedChangePercent);
        Assert.Equal(ClaimConsistency.Unchecked, latency.Consistency);
    }

    [Fact]
    public void Chinese_FromToPair_IsBaselineAndResultWithComputedChange()
    {
        var claim = One(ClaimMetric.Latency, "Uber 的地理围栏服务迁移至 Go 后,P99 延迟从 120ms 降至 18ms。");
        Assert.Equal(ClaimStatistic.P99, claim.Statistic);
        Assert.Equal(120, claim.Baseline);
        Assert.Equal(18, claim.Result);
        Assert.Equal(ClaimUnit.Milliseconds, claim.Unit);
        Assert.Equal(-85, claim.ChangePercent!.Value, 6);
    }

    [Theory]
    [InlineData("启动时间从12秒缩短至400毫秒", ClaimMetric.StartupTime, 12_000, 400)]
    [InlineData("冷启动延迟从 820ms 压缩至 190ms", ClaimMetric.StartupTime, 820, 190)]
    [InlineData("将平均 GC 停顿时间从 18ms 优化至 2.3ms", ClaimMetric.GcPause, 18, 2.3)]
    [InlineData("内存占用从 2.4 GB 降到 600 MB", ClaimMetric.Memory, 2576980378, 600 * 1024d * 1024)]
    [InlineData("延迟 120ms → 18ms", ClaimMetric.Latency, 120, 18)]
    public void Chinese_BeforeAfterPhrasings_AreRead(string text, ClaimMetric metric, double baseline, double result)
    {
        var claim = One(metric, text);
        Assert.Equal(baseline, claim.Baseline!.Value, 3);
        Assert.Equal(result, claim.Result!.Value, 3);
    }

    [Fact]
    public void Chinese_MigrationFromLanguage_IsRecorded()
    {
        var claim = One(ClaimMetric.Latency, "Twitch将实时聊天系统从Node.js迁移至Go后,延迟降低60%,服务器资源节省40%。");
        Assert.Equal("Node.js", claim.MigratedFrom);
        Assert.Equal("twitch", claim.CompanySlug);
        Assert.Equal("实时聊天系统", claim.System);
        Assert.Equal(-40, One(ClaimMetric.Cost, "Twitch将实时聊天系统从Node.js迁移至Go后,延迟降低60%,服务器资源节省40%。").StatedChangePercent);
    }

    [Fact]
    public void Chinese_PercentBeforeItsMetricAndVerb_IsAChange() =>
        Assert.Equal(-32, One(ClaimMetric.Cpu, "Stripe 在 TLS 1.3 握手下实现 32% 的 CPU 使用率下降。").StatedChangePercent);

    [Fact]
    public void Chinese_ImprovementOfALowerIsBetterMetric_IsADecrease() =>
        Assert.Equal(-37, One(ClaimMetric.StartupTime, "腾讯云Serverless函数冷启动性能提升37%").StatedChangePercent);

    [Theory]
    [InlineData("该服务日均处理 4.2 亿次围栏判定请求", ClaimMetric.Volume, ClaimUnit.PerDay, 4.2e8, ClaimBound.Exact)]
    [InlineData("支撑其每秒 1,200+ 笔跨境支付的实时反欺诈判断", ClaimMetric.Throughput, ClaimUnit.PerSecond, 1200, ClaimBound.AtLeast)]
    [InlineData("Cloudflare用Go重构DNS边缘服务,单节点QPS超百万", ClaimMetric.Throughput, ClaimUnit.PerSecond, 1e6, ClaimBound.AtLeast)]
    [InlineData("其高并发连接管理能力支撑单实例稳定处理超 10 万 TLS 连接", ClaimMetric.Other, ClaimUnit.Count, 1e5, ClaimBound.AtLeast)]
    [InlineData("高峰 QPS 超过700万", ClaimMetric.Throughput, ClaimUnit.PerSecond, 7e6, ClaimBound.AtLeast)]
    [InlineData("P99 延迟稳定在 42ms 以内", ClaimMetric.Latency, ClaimUnit.Milliseconds, 42, ClaimBound.AtMost)]
    [InlineData("错误率低于 0.002%", ClaimMetric.ErrorRate, ClaimUnit.Percent, 0.002, ClaimBound.AtMost)]
    [InlineData("支持单集群 5000+ 节点规模", ClaimMetric.Instances, ClaimUnit.Count, 5000, ClaimBound.AtLeast)]
    [InlineData("日均千万级订单", ClaimMetric.Volume, ClaimUnit.PerDay, 1e7, ClaimBound.Approximately)]
    public void Chinese_SingleFigures_AreResults(string text, ClaimMetric metric, ClaimUnit unit, double result, ClaimBound bound)
    {
        var claim = One(metric, text);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(result, claim.Result!.Value, 3);
        Assert.Equal(bound, claim.Bound);
        Assert.Null(claim.Baseline);
    }

    [Fact]
    public void Chinese_AbsoluteDecrease_IsAStatedDelta()
    {
        var claim = One(ClaimMetric.Latency, "通过批量上报,P99 延迟降低 180μs");
        Assert.Equal(-0.18, claim.StatedDelta!.Value, 9);
        Assert.Equal(ClaimUnit.Milliseconds, claim.Unit);
    }

    [Fact]
    public void Chinese_RangeOfChange_IsStoredAsItsMidpoint()
    {
        var claim = One(ClaimMetric.Latency, "迁移后延迟降低 30%—60%");
        Assert.Equal(-45, claim.StatedChangePercent);
    }

    [Fact]
    public void Chinese_FractionMultiplier_IsAStatedFactor() =>
        Assert.Equal(0.4, One(ClaimMetric.Memory, "内存占用降低到原来的 1/2.5").StatedMultiplier!.Value, 9);

    [Fact]
    public void English_FiveBillionSessionsPerDay_IsApproximateDailyVolume()
    {
        var claims = Read(
            "> Answer the analytics engine that powers the Fabric Platform is built in Golang. Answer receives about five billion analytics sessions per day. Millions of devices send millions of events every second to Answers endpoint.");
        var volume = Assert.Single(claims, c => c.Metric == ClaimMetric.Volume);
        Assert.Equal(5e9, volume.Result);
        Assert.Equal(ClaimBound.Approximately, volume.Bound);
        Assert.Equal("fabric", volume.CompanySlug);
        var rate = Assert.Single(claims, c => c.Metric == ClaimMetric.Throughput);
        Assert.Equal(1e6, rate.Result);
        Assert.Equal(ClaimBound.AtLeast, rate.Bound);
    }

    [Fact]
    public void English_FromToAndStatedPercent_AreCheckedTogether()
    {
        var claim = One(ClaimMetric.Latency, "At Uber, p99 latency dropped from 120 ms to 18 ms (85% lower) after the rewrite from Java.");
        Assert.Equal(120, claim.Baseline);
        Assert.Equal(18, claim.Result);
        Assert.Equal(-85, claim.StatedChangePercent);
        Assert.Equal(ClaimConsistency.Consistent, claim.Consistency);
        Assert.Equal("Java", claim.MigratedFrom);
    }

    [Theory]
    [InlineData("The new service is 3x faster in throughput.", ClaimMetric.Throughput, 3)]
    [InlineData("It uses one-eighth the memory of the old one.", ClaimMetric.Memory, 0.125)]
    public void English_Multipliers_AreStatedFactors(string text, ClaimMetric metric, double factor) =>
        Assert.Equal(factor, One(metric, text).StatedMultiplier!.Value, 9);

    [Fact]
    public void English_OverAHundredServices_IsAtLeastAHundred()
    {
        var claim = One(ClaimMetric.Other, "> Uber has written over a hundred services in Golang. Geobase one of the most recent Uber services written in Golang.");
        Assert.Equal(100, claim.Result);
        Assert.Equal(ClaimBound.AtLeast, claim.Bound);
        Assert.Equal(ClaimUnit.Count, claim.Unit);
    }

    [Fact]
    public void English_ReducedMemoryByPercent_IsANegativeChange() =>
        Assert.Equal(-40, One(ClaimMetric.Memory, "Moving to Go reduced memory usage by 40%.").StatedChangePercent);

    [Fact]
    public void English_ServingRequestsPerSecond_IsThroughput()
    {
        var claim = One(ClaimMetric.Throughput, "The gateway handles over 3,000 requests per second at peak.");
        Assert.Equal(3000, claim.Result);
        Assert.Equal(ClaimBound.AtLeast, claim.Bound);
    }

    [Fact]
    public void Korean_FromToPair_IsBaselineAndResult()
    {
        var claim = One(ClaimMetric.Latency, "Go로 옮긴 뒤 응답 시간이 120ms에서 18ms로 줄었다.");
        Assert.Equal(120, claim.Baseline);
        Assert.Equal(18, claim.Result);
    }

    [Fact]
    public void Korean_ThroughputThreeTimes_IsAMultiplier() =>
        Assert.Equal(3, One(ClaimMetric.Throughput, "처리량이 3배 증가했다.").StatedMultiplier);

    [Fact]
    public void Korean_DailyVolume_IsPerDay()
    {
        var claim = One(ClaimMetric.Volume, "하루 4억 2천만 건의 요청을 처리한다.");
        Assert.Equal(4.2e8, claim.Result!.Value, 3);
        Assert.Equal(ClaimUnit.PerDay, claim.Unit);
    }

    [Fact]
    public void Korean_MemoryDecrease_IsANegativeChange() =>
        Assert.Equal(-40, One(ClaimMetric.Memory, "메모리 사용량이 40% 감소했다.").StatedChangePercent);

    [Fact]
    public void Korean_UpperBoundLatency_IsAtMost()
    {
        var claim = One(ClaimMetric.Latency, "P99 응답 시간은 200ms 이하로 유지된다.");
        Assert.Equal(ClaimBound.AtMost, claim.Bound);
        Assert.Equal(ClaimStatistic.P99, claim.Statistic);
    }

    [Fact]
    public void Korean_PerSecondRequests_IsThroughput() =>
        Assert.Equal(1e5, One(ClaimMetric.Throughput, "초당 10만 건의 요청을 처리한다.").Result);

    [Fact]
    public void Subject_SentenceWithoutAName_TakesTheEarlierSentenceInThePassage()
    {
        var claims = Read("腾讯在微信支付后台的风控引擎(Risk Engine v3.0)中采用 Go。该系统日均处理 2.4 亿笔请求。");
        var volume = Assert.Single(claims);
        Assert.Equal("tencent", volume.CompanySlug);
        Assert.Equal("Risk Engine v3.0", volume.System);
    }

    [Fact]
    public void Subject_ProjectNamedInTheSentence_WinsOverAnEarlierCompany()
    {
        var claim = One(ClaimMetric.Throughput, "Google 是 Go 语言的诞生地。例如,Prometheus 的 TSDB 引擎在单节点上可稳定处理每秒 100 万样本写入。");
        Assert.Equal("prometheus", claim.ProjectSlug);
        Assert.Null(claim.CompanySlug);
    }

    [Fact]
    public void Subject_GenericSection_FallsBackToTheHeadingSystem()
    {
        var claims = Read("4.1 实时风控引擎开发:Go协程池+Ring Buffer实现毫秒级规则匹配流水线", string.Empty, "为支撑每秒万级交易的实时反欺诈决策,我们构建了低延迟、高吞吐的规则匹配流水线。");
        var claim = Assert.Single(claims);
        Assert.Null(claim.CompanySlug);
        Assert.Equal("实时风控引擎", claim.System);
        Assert.Equal(1e4, claim.Result);
    }

    [Fact]
    public void Subject_HeadingNamesTheCompany_WhenThePassageDoesNot()
    {
        var claims = Read("2.3 Go内存模型与GC调优在字节跳动推荐引擎中的落地验证", string.Empty, "推荐引擎日均处理超千亿次请求。");
        Assert.Equal("bytedance", Assert.Single(claims).CompanySlug);
    }

    [Fact]
    public void Subject_ProjectBroughtInAsATool_LeavesThePassageCompanyTheSubject()
    {
        var claims = Read("Stripe 的核心支付路由系统迁移至 Go。其工程师团队配合 fasthttp 实现 32% 的 CPU 使用率下降。随后将平均 GC 停顿时间从 18ms 优化至 2.3ms。");
        var cpu = Assert.Single(claims, c => c.Metric == ClaimMetric.Cpu);
        Assert.Equal("stripe", cpu.CompanySlug);
        Assert.Equal("fasthttp", cpu.ProjectSlug);
        var gc = Assert.Single(claims, c => c.Metric == ClaimMetric.GcPause);
        Assert.Equal("stripe", gc.CompanySlug);
        Assert.Null(gc.ProjectSlug);
    }

    [Fact]
    public void Subject_ProductNamedAfterItsOwner_IsTheOwner()
    {
        var claim = One(ClaimMetric.Volume, "腾讯在微信支付后台的风控引擎中采用 Go,日均处理 2.4 亿笔请求。");
        Assert.Equal("tencent", claim.CompanySlug);
    }

    [Fact]
    public void Subject_ProductNamedAlone_KeepsItsOwnClaim()
    {
        var claim = One(ClaimMetric.Throughput, "今日头条后端基于 Go 构建,高峰 QPS 超过 700 万。");
        Assert.Equal("toutiao", claim.CompanySlug);
    }

    [Fact]
    public void Subject_FigureAfterAListOfCompanies_BelongsToNoOne()
    {
        var claim = One(ClaimMetric.Volume, "国内企业如腾讯(TARS 框架 Go 版)、字节跳动(部分 CDN 边缘服务)、阿里(OpenYurt 扩展组件)亦在大规模落地 Go,支撑日均千亿级请求场景。");
        Assert.Null(claim.CompanySlug);
        Assert.Null(claim.System);
        Assert.Equal(1e11, claim.Result);
    }

    [Theory]
    [InlineData("As of today, thirty percent of the clusters have been migrated to the new database.", 30)]
    [InlineData("The team has replaced 100% of its backend Node.js code with Go.", 100)]
    [InlineData("Over 75 percent of the projects in the foundation are written in Go.", 75)]
    [InlineData("网关每秒处理 50,000 个查询，其中 60% 返回缓存结果。", 60)]
    public void Share_OfAWholeMovedToGoOrOfAFigureJustStated_IsAClaim(string sentence, double share)
    {
        var claim = Assert.Single(Read(sentence), c => c.Unit == ClaimUnit.Percent);
        Assert.Equal(ClaimMetric.Other, claim.Metric);
        Assert.Equal(share, claim.Result);
    }

    [Fact]
    public void Fraction_TakenOff_IsAPercentChange()
    {
        var claim = One(ClaimMetric.Instances, "上线后，我们最终将服务器总数减少了近三分之二。");
        Assert.Equal(-66.6666666667, claim.StatedChangePercent);
        Assert.Null(claim.StatedMultiplier);
    }

    [Fact]
    public void Fraction_LeftOver_IsAMultiplier()
    {
        var claim = One(ClaimMetric.Memory, "迁移到 Go 后，内存占用减少到三分之一。");
        Assert.Null(claim.StatedChangePercent);
        Assert.Equal(0.333333333333, claim.StatedMultiplier);
    }

    [Fact]
    public void Comparative_TenTimesCheaper_IsAMultiplierBelowOne()
    {
        var claim = Assert.Single(Read("We process each request in goroutines, which are 10x cheaper in resources than Python threads."));
        Assert.Equal(0.1, claim.StatedMultiplier);
    }

    [Fact]
    public void GcPauses_WithAGlossInBrackets_AreGcPauses()
    {
        var claim = One(ClaimMetric.GcPause, "Heap size went up to 69G, with maximum garbage collection (GC) pauses of 3-6 seconds.");
        Assert.Equal(ClaimStatistic.Max, claim.Statistic);
        Assert.Equal(4500, claim.Result);
    }

    [Fact]
    public void Japanese_FromToShortened_IsABeforeAfterClaim()
    {
        var claim = One(ClaimMetric.Latency, "Go への移行でレイテンシを 120ms から 30ms に短縮しました。");
        Assert.Equal((120d, 30d), (claim.Baseline!.Value, claim.Result!.Value));
        Assert.Equal(-75, claim.ChangePercent);
    }

    [Fact]
    public void Figures_AfterUnitConversion_CarryNoBinaryNoise()
    {
        var claim = One(ClaimMetric.Latency, "P99 latency dropped from 0.12 µs to 0.07 µs.");
        Assert.Equal(0.00012, claim.Baseline);
        Assert.Equal(0.00007, claim.Result);
    }

    [Fact]
    public void Bytes_AreWholeNumbers()
    {
        var claim = One(ClaimMetric.Memory, "Memory usage fell from 2.4 GB to 1.1 GB.");
        Assert.Equal(Math.Round(2.4 * 1024 * 1024 * 1024), claim.Baseline);
        Assert.Equal(0, claim.Result!.Value % 1);
    }

    [Theory]
    [InlineData("After the rewrite in Go, Zentrix went from 32 servers down to four.", 32, 4)]
    [InlineData("Moving to Go cut the fleet from 1,200 machines to 300.", 1200, 300)]
    [InlineData("迁移到 Go 后，服务器从 32 台减少到 4 台。", 32, 4)]
    public void FromToWithNumberWords_IsABeforeAfterOfInstances(string sentence, double before, double after)
    {
        var claim = One(ClaimMetric.Instances, sentence);
        Assert.Equal((before, after), (claim.Baseline!.Value, claim.Result!.Value));
    }
}
