using GoAdoption.Domain.Claims;
using static GoAdoption.Ingest.Tests.Claims.ClaimTestKit;

namespace GoAdoption.Ingest.Tests.Claims;

public sealed class TableClaimTests
{
    private const double GiB = 1024d * 1024 * 1024;

    [Fact]
    public void MetricFirstTable_JavaVersusGo_EachRowIsAClaimFromJava()
    {
        var claims = Read(
            "Uber 工程团队公开披露,其地理围栏服务(Geo-fence Service)迁移至 Go 后效果显著。以下是其核心性能对比:",
            string.Empty,
            "指标 Java 版本 Go 版本 提升幅度",
            "P99 延迟 120 ms 18 ms 85% ↓",
            "内存占用/实例 2.4 GB 0.6 GB 75% ↓",
            "部署启动时间 42 s 0.3 s 99% ↓");
        var table = claims.Where(c => c.At.LineStart >= 4).ToList();
        Assert.Equal(3, table.Count);
        Assert.All(table, c => Assert.Equal("Java", c.MigratedFrom));
        Assert.All(table, c => Assert.Equal("uber", c.CompanySlug));
        Assert.All(table, c => Assert.Equal(ClaimConsistency.Consistent, c.Consistency));
        var memory = Assert.Single(table, c => c.Metric == ClaimMetric.Memory);
        Assert.Equal(Math.Round(2.4 * GiB), memory.Baseline);
        Assert.Equal(Math.Round(0.6 * GiB), memory.Result);
        Assert.Equal(-75, memory.StatedChangePercent);
        Assert.Equal(ClaimMetric.StartupTime, table[2].Metric);
        Assert.Equal(42_000, table[2].Baseline);
        Assert.Equal(300, table[2].Result);
    }

    [Fact]
    public void MetricFirstTable_BeforeAfterTuning_ArrowBeforeTheFigureStillSigns()
    {
        var claims = Read("字节跳动用 Go 重写推荐引擎,日均处理超千亿次请求。", string.Empty, "指标 调优前 调优后 变化", "P99 GC STW 18ms 4.2ms ↓76%", "年度GC CPU开销 12.7% 5.3% ↓58%");
        var stw = Assert.Single(claims, c => c.Metric == ClaimMetric.GcPause);
        Assert.Equal(-76, stw.StatedChangePercent);
        Assert.Equal(ClaimConsistency.Inconsistent, stw.Consistency);
        var cpu = Assert.Single(claims, c => c.Metric == ClaimMetric.Cpu);
        Assert.Equal(ClaimConsistency.Consistent, cpu.Consistency);
        Assert.Equal("bytedance", cpu.CompanySlug);
    }

    [Fact]
    public void MetricFirstTable_TraditionalJavaColumnFirst_IsTheBaselineInMicroseconds()
    {
        var claims = Read("中信证券行情分发中间件基于Go构建。", string.Empty, "维度 传统Java方案 Go中间件(实测)", "平均分发延迟 85 μs 23 μs", "99线延迟 210 μs 67 μs", "CPU利用率 68% 41%");
        var p99 = Assert.Single(claims, c => c.Statistic == ClaimStatistic.P99);
        Assert.Equal(0.21, p99.Baseline!.Value, 9);
        Assert.Equal(0.067, p99.Result!.Value, 9);
        Assert.All(claims, c => Assert.Equal("Java", c.MigratedFrom));
        Assert.Equal(3, claims.Count);
    }

    [Fact]
    public void MetricFirstTable_VariantTheHeadingNames_IsTheResultEvenWhenFirst()
    {
        var claims = Read(
            "3.1 分布式事务一致性保障:招商银行核心支付链路中Go+TCC模式的生产验证", string.Empty, "生产级保障机制对比", string.Empty,
            "机制 TCC 模式 XA 事务", "平均响应延迟 > 80ms", "跨服务事务回滚率 0.002% 0.18%");
        var rollback = Assert.Single(claims, c => c.Metric == ClaimMetric.ErrorRate);
        Assert.Equal(0.18, rollback.Baseline);
        Assert.Equal(0.002, rollback.Result);
        Assert.Equal("china-merchants-bank", rollback.CompanySlug);
    }

    [Fact]
    public void VariantRowsTable_ChannelVersusRingBuffer_IsOneClaimPerMetricColumn()
    {
        var claims = Read(
            "4.1 实时风控引擎开发:Go协程池+Ring Buffer实现毫秒级规则匹配流水线", string.Empty, "性能对比(10K TPS压测)", string.Empty,
            "组件 平均延迟 P99延迟 CPU占用", "Channel-based 8.2ms 24ms 78%", "RingBuffer+Pool 0.9ms 3.1ms 42%");
        Assert.Equal(3, claims.Count);
        var mean = Assert.Single(claims, c => c.Statistic == ClaimStatistic.Mean);
        Assert.Equal(8.2, mean.Baseline);
        Assert.Equal(0.9, mean.Result);
        Assert.Equal("实时风控引擎", mean.System);
        var cpu = Assert.Single(claims, c => c.Metric == ClaimMetric.Cpu);
        Assert.Equal(78, cpu.Baseline);
        Assert.Equal(42, cpu.Result);
        Assert.DoesNotContain(claims, c => c.Result is 1e4 || c.Baseline is 1e4);
    }

    [Fact]
    public void VariantRowsTable_HeaderUnitsAndMagnitudeSuffixes_ApplyToBareCells()
    {
        var claims = Read("性能对比(百万tick/s)", string.Empty, "方案 端到端P99延迟 内存分配/秒", "纯ZeroMQ 84 μs 0", "纯channel 12 μs 1.2M", "混合模型 9.3 μs 180K");
        var latency = Assert.Single(claims, c => c.Metric == ClaimMetric.Latency);
        Assert.Equal(0.084, latency.Baseline!.Value, 9);
        Assert.Equal(0.0093, latency.Result!.Value, 9);
        var allocations = Assert.Single(claims, c => c.Metric == ClaimMetric.Memory);
        Assert.Equal(ClaimUnit.PerSecond, allocations.Unit);
        Assert.Equal(180_000, allocations.Result);
        Assert.Null(allocations.ChangePercent);
    }

    [Fact]
    public void VariantRowsTable_StagesOfAModel_RunFirstToLast()
    {
        var claim = Assert.Single(Read(
            "滴滴早期采用 Go 的 net/http 标准库构建单体网关。", string.Empty, "阶段 并发模型 峰值TPS 核心挑战",
            "V1(单体) goroutine per req 8k GC压力大、超时不可控", "V2(协程池) worker pool复用 45k 路由热更新延迟", "V3(多路复用) io_uring+epoll混合 120k+ 内核态调度协同"));
        Assert.Equal(8000, claim.Baseline);
        Assert.Equal(120_000, claim.Result);
        Assert.Equal(ClaimStatistic.Peak, claim.Statistic);
        Assert.Equal("didi", claim.CompanySlug);
    }

    [Fact]
    public void ScenarioTable_ConcurrencyColumn_IsAConditionAndEachCellAResult()
    {
        var claims = Read("快手日志管道基于 Go 构建。", string.Empty, "压测关键指标(单节点)", string.Empty, "并发数 吞吐(MB/s) P99延迟(ms) CPU利用率", "500 182 12.3 68%");
        Assert.Equal(3, claims.Count);
        var throughput = Assert.Single(claims, c => c.Metric == ClaimMetric.Throughput);
        Assert.Equal(182 * 1024d * 1024, throughput.Result);
        Assert.Equal(ClaimUnit.BytesPerSecond, throughput.Unit);
        Assert.Equal(12.3, Assert.Single(claims, c => c.Metric == ClaimMetric.Latency).Result);
        Assert.DoesNotContain(claims, c => c.Result is 500);
    }

    [Fact]
    public void EffectTable_RowsAreReadAsProseAboutTheirFirstCell()
    {
        var claims = Read(
            "项目名称 核心用途 典型企业用户 关键指标表现",
            "Kubernetes 容器编排平台 所有主流云厂商、工商银行、平安科技 支持单集群 5000+ 节点规模",
            "Etcd 分布式键值存储 Netflix、知乎、网易严选 读写吞吐达 20K+ QPS,Raft 日志压缩率 91%");
        var nodes = Assert.Single(claims, c => c.Metric == ClaimMetric.Instances);
        Assert.Equal("kubernetes", nodes.ProjectSlug);
        Assert.Null(nodes.CompanySlug);
        var qps = Assert.Single(claims, c => c.Metric == ClaimMetric.Throughput);
        Assert.Equal("etcd", qps.ProjectSlug);
        Assert.Equal(2e4, qps.Result);
        Assert.Equal(91, Assert.Single(claims, c => c.Metric == ClaimMetric.Other).Result);
    }

    [Fact]
    public void EnglishTable_BeforeAfterColumns_AreRead()
    {
        var claim = Assert.Single(Read("Metric Before After Change", "p99 latency 250 ms 50 ms -80%"));
        Assert.Equal(250, claim.Baseline);
        Assert.Equal(50, claim.Result);
        Assert.Equal(ClaimStatistic.P99, claim.Statistic);
    }

    [Fact]
    public void KoreanTable_JavaVersusGo_IsRead()
    {
        var claim = Assert.Single(Read("지표 Java 버전 Go 버전 변화", "P99 지연 120 ms 18 ms 85% ↓"));
        Assert.Equal("Java", claim.MigratedFrom);
        Assert.Equal(ClaimConsistency.Consistent, claim.Consistency);
    }

    [Fact]
    public void MarkdownPipeTable_MetricRowsWithRangesAndRemarks_GiveOneClaimPerRow()
    {
        var doc = Seeds.Ingest(string.Join("\n",
            "# Acme Gateway",
            string.Empty,
            "Acme rewrote its gateway in Go.",
            string.Empty,
            "| Metric | Java (v2.1) | Go | Notes |",
            "|---|---|---|---|",
            "| **Runtime memory** | 400~800 MB (heap + metaspace) | 50~150 MB | **70~80% reduction** |",
            "| **Startup** | a few seconds | ~50ms | instant |",
            "| **Lookup** | - | 14 ns/op (0 alloc/op) | |"), "acme.md");
        var claims = doc.Claims;
        Assert.Equal(3, claims.Count);
        var memory = Assert.Single(claims, c => c.Metric == ClaimMetric.Memory);
        Assert.Equal(600 * 1024d * 1024, memory.Baseline);
        Assert.Equal(100 * 1024d * 1024, memory.Result);
        Assert.Equal(-75, memory.StatedChangePercent);
        Assert.Equal("Java", memory.MigratedFrom);
        var startup = Assert.Single(claims, c => c.Metric == ClaimMetric.StartupTime);
        Assert.Null(startup.Baseline);
        Assert.Equal(50, startup.Result);
        var lookup = Assert.Single(claims, c => c.Metric == ClaimMetric.Latency);
        Assert.Equal(0.000014, lookup.Result!.Value, 12);
        Assert.Null(lookup.MigratedFrom);
    }

    [Fact]
    public void MarkdownPipeTable_CellWithTwoFigures_GivesOneClaimEachNamedByItsBracket()
    {
        var claims = Read(
            "| 항목 | 기존 | Go |",
            "|---|---|---|",
            "| 수집 처리 | - | ~27 ns/op (단일), ~11 ns/op (병렬) |");
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.System == "수집 처리 (단일)" && Math.Abs(c.Result!.Value - 0.000027) < 1e-12);
        Assert.Contains(claims, c => c.System == "수집 처리 (병렬)" && Math.Abs(c.Result!.Value - 0.000011) < 1e-12);
    }

    [Fact]
    public void PlainTextPipeTable_IsReadLikeAMarkdownOne()
    {
        var claims = Read(
            "指标 | 迁移前 | 迁移后",
            "---|---|---",
            "P99 延迟 | 120 ms | 18 ms",
            "内存占用 | 2 GB | 512 MB");
        var p99 = Assert.Single(claims, c => c.Metric == ClaimMetric.Latency);
        Assert.Equal((120d, 18d), (p99.Baseline!.Value, p99.Result!.Value));
        Assert.Equal(ClaimStatistic.P99, p99.Statistic);
        var memory = Assert.Single(claims, c => c.Metric == ClaimMetric.Memory);
        Assert.Equal(512 * 1024d * 1024, memory.Result);
    }

    [Fact]
    public void JapanesePipeTable_BeforeAndAfterMigrationColumns_AreRead()
    {
        var claim = Assert.Single(Read(
            "| 項目 | 移行前 | 移行後 |",
            "|---|---|---|",
            "| レイテンシ | 120ms | 30ms |"));
        Assert.Equal(ClaimMetric.Latency, claim.Metric);
        Assert.Equal((120d, 30d), (claim.Baseline!.Value, claim.Result!.Value));
    }

    [Fact]
    public void MarkdownPipeTable_OfSettings_YieldsNothing() =>
        Assert.Empty(Read("| 설정 | 기본값 | 설명 |", "|---|---|---|", "| `net_http_port` | 6180 | REST API 포트 |", "| `db_keep_days` | 30 | 데이터 보관 일수 |"));

    [Fact]
    public void SameFactInProseAndItsTable_IsOneClaimWithBothStatements()
    {
        var claims = Read(
            "Acme's p99 latency fell from 120 ms to 18 ms after the move to Go.",
            string.Empty,
            "| Metric | Before | After | Change |",
            "|---|---|---|---|",
            "| p99 latency | 120 ms | 18 ms | -85% |");
        var claim = Assert.Single(claims);
        Assert.Equal(1, claim.At.LineStart);
        Assert.Equal([5], claim.RestatedAt!.Select(r => r.LineStart));
        Assert.Equal(-85, claim.StatedChangePercent);
        Assert.Equal(ClaimConsistency.Consistent, claim.Consistency);
    }

    [Fact]
    public void TheSameStatementRepeatedInOnePassage_IsOneClaim()
    {
        var claims = Read("Acme: p99 latency 120 ms → 18 ms.", "Acme: p99 latency 120 ms → 18 ms.", "Acme: p99 latency 120 ms → 18 ms.");
        var claim = Assert.Single(claims);
        Assert.Equal(120, claim.Baseline);
        Assert.Equal(18, claim.Result);
    }

    [Fact]
    public void SameMetricWithOtherFigures_StaysTwoClaims()
    {
        var claims = Read(
            "Acme's p99 latency fell from 120 ms to 18 ms after the move to Go.",
            string.Empty,
            "| Metric | Before | After |",
            "|---|---|---|",
            "| p99 latency | 90 ms | 20 ms |");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Null(c.RestatedAt));
    }

    [Theory]
    [InlineData("参数 默认值 推荐值 影响", "InitialWindowSize 64KB 1MB 提升单流吞吐")]
    [InlineData("参数 默认值 说明", "Timeout 5s 单次请求超时时间")]
    [InlineData("项目 用途 Go 版本依赖示例", "Kubernetes 容器编排平台 go 1.21+(v1.29+)")]
    [InlineData("Go 调用功能 WASI syscall 安全约束", "内存共享缓冲区 memory.grow + wasi_snapshot_preview1 64MB 硬上限")]
    [InlineData("场景 默认行为 定制后策略", "连续3次key更新 触发3次回调 合并为1次带最新版本")]
    public void ConfigurationVersionAndBehaviourTables_YieldNothing(string header, string row) =>
        Assert.Empty(Read(header, row));
}
