using GoAdoption.Domain.Claims;
using static GoAdoption.Ingest.Tests.Claims.ClaimTestKit;

namespace GoAdoption.Ingest.Tests.Claims;

/// <summary>
/// Figures that are not performance claims: settings, limits and timeouts, CLI flags, GOGC=20, version requirements,
/// years, funding, GitHub stars and contributors, sampling intervals, test loads in captions, code.
/// </summary>
public sealed class NegativeClaimTests
{
    [Theory]
    [InlineData("发现默认窗口大小(65535字节)在千级并发下易触发流控阻塞。")]
    [InlineData("-c 200模拟200并发连接;--max-duration防长尾超时;-d确保请求体轻量。")]
    [InlineData("PingCAP 团队通过 GC 调优(GOGC=20)优化性能。")]
    [InlineData("输出中可见 module k8s.io/kubernetes 与 go 1.21 声明。")]
    [InlineData("Docker项目在2014年9月份就拿到了C轮4000万美元融资,目前从GitHub看到已有78个版本。")]
    [InlineData("eksctl 已成为社区最活跃的 EKS 集群部署工具,GitHub Star 数超 9,200,贡献者超 450 人。")]
    [InlineData("该函数每30秒采样一次内存统计,避免激进回收导致CPU毛刺。")]
    [InlineData("  • 内存沙箱限制:每个实例最大128MB线性内存")]
    [InlineData("  • 初始化超时:300ms,超时自动降级至Go原生实现")]
    [InlineData("Kubernetes 通过 go mod 管理超过 300 个模块依赖。")]
    [InlineData("The client sets a timeout of 5s and a window size of 64KB.")]
    [InlineData("타임아웃은 5초로 설정한다.")]
    [InlineData("【企业Go人才争夺战白热化】:2024年薪超65万的Go高级工程师,92%来自这7家实战派企业")]
    [InlineData("Go언어가 2019년에 1.13 버전을 냈다.")]
    public void Prose_SettingsVersionsYearsFundingAndCounts_YieldNoClaims(string line) => Assert.Empty(Read(line));

    [Fact]
    public void Code_TimeoutsAndLimitsInCode_YieldNoClaims()
    {
        var claims = Read(
            "ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)",
            "defer cancel()",
            "    limiter := tollbooth.NewLimiter(1000, // QPS上限",
            "ghz --insecure \\",
            "  --max-duration 60s \\",
            "buf := ring.New(64 * 1024) // 容量64KB,避免OOM");
        Assert.Empty(claims);
    }

    [Fact]
    public void Diagram_FlattenedMermaid_YieldsNoClaims() =>
        Assert.Empty(Read("graph TD A[请求进入] –> B{内存分配热点检测} C & D –> E[对象池复用] E –> F[稳定亚毫秒级P99延迟 120ms]"));

    [Fact]
    public void Caption_TestLoadBeforeATable_IsNotAClaim()
    {
        var claims = Read("性能对比(10K TPS压测)", string.Empty, "组件 平均延迟", "A 8.2ms", "B 0.9ms");
        Assert.DoesNotContain(claims, c => c.Metric == ClaimMetric.Throughput);
    }

    [Theory]
    [InlineData("在我们的调查中，超过 78% 的开发者在工作中使用 Go。")]
    [InlineData("Over 76 percent of respondents use Go at work.")]
    [InlineData("Go 的市场份额约为 12%。")]
    public void PercentOfPeopleOrWithoutAWhole_IsNotAClaim(string sentence) =>
        Assert.Empty(Read(sentence));
}
