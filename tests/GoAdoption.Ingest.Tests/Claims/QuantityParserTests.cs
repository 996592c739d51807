using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Claims;

namespace GoAdoption.Ingest.Tests.Claims;

public sealed class QuantityParserTests
{
    private static Quantity Single(string text)
    {
        Assert.True(QuantityParser.TryParse(text, out var quantity), text);
        return quantity;
    }

    [Theory]
    [InlineData("18ms", 18)]
    [InlineData("400毫秒", 400)]
    [InlineData("180μs", 0.18)]
    [InlineData("85 μs", 0.085)]
    [InlineData("23微秒", 0.023)]
    [InlineData("120ns", 0.00012)]
    [InlineData("42 s", 42_000)]
    [InlineData("12秒", 12_000)]
    [InlineData("3 minutes", 180_000)]
    [InlineData("5분", 300_000)]
    [InlineData("2초", 2_000)]
    public void Scan_Durations_AreCanonicalMilliseconds(string text, double ms)
    {
        var q = Single(text);
        Assert.Equal(QuantityKind.Duration, q.Kind);
        Assert.Equal(ms, q.Value, 9);
    }

    [Theory]
    [InlineData("64KB", 64 * 1024d)]
    [InlineData("1MB", 1024d * 1024)]
    [InlineData("2.4 GB", 2.4 * 1024 * 1024 * 1024)]
    [InlineData("512 bytes", 512)]
    [InlineData("65535字节", 65535)]
    public void Scan_Sizes_AreBinaryBytes(string text, double bytes)
    {
        var q = Single(text);
        Assert.Equal(QuantityKind.Size, q.Kind);
        Assert.Equal(bytes, q.Value, 3);
    }

    [Theory]
    [InlineData("超过700万 QPS", 7e6, ClaimBound.AtLeast)]
    [InlineData("20K+ QPS", 2e4, ClaimBound.AtLeast)]
    [InlineData("每秒 1,200+ 笔", 1200, ClaimBound.AtLeast)]
    [InlineData("每秒处理 27 万次 HTTP 请求", 2.7e5, ClaimBound.Exact)]
    [InlineData("millions of events every second", 1e6, ClaimBound.AtLeast)]
    [InlineData("초당 10만 건", 1e5, ClaimBound.Exact)]
    [InlineData("over 3,000 requests per second", 3000, ClaimBound.AtLeast)]
    public void Scan_Rates_ArePerSecond(string text, double value, ClaimBound bound)
    {
        var q = Single(text);
        Assert.Equal(QuantityKind.Rate, q.Kind);
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(bound, q.Bound);
    }

    [Theory]
    [InlineData("182 MB/s", 182 * 1024d * 1024)]
    [InlineData("64KB/s", 64 * 1024d)]
    public void Scan_DataRates_AreBytesPerSecondAndNotRequestRates(string text, double value)
    {
        var q = Single(text);
        Assert.Equal(QuantityKind.ByteRate, q.Kind);
        Assert.Equal(value, q.Value, 3);
    }

    [Theory]
    [InlineData("日均处理 4.2 亿次", 4.2e8, ClaimBound.Exact)]
    [InlineData("日处理请求量超过3000亿", 3e11, ClaimBound.AtLeast)]
    [InlineData("日均千亿级请求", 1e11, ClaimBound.Approximately)]
    [InlineData("about five billion analytics sessions per day", 5e9, ClaimBound.Approximately)]
    [InlineData("billions of messages daily", 1e9, ClaimBound.AtLeast)]
    [InlineData("하루 4억 2천만 건", 4.2e8, ClaimBound.Exact)]
    [InlineData("每天 500 万条日志", 5e6, ClaimBound.Exact)]
    public void Scan_DailyVolumes_ArePerDay(string text, double value, ClaimBound bound)
    {
        var q = Single(text);
        Assert.Equal(QuantityKind.DailyVolume, q.Kind);
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(bound, q.Bound);
    }

    [Theory]
    [InlineData("5000+ 节点", 5000, CountClass.Instances)]
    [InlineData("超 10 万 TLS 连接", 1e5, CountClass.Connections)]
    [InlineData("百万级连接", 1e6, CountClass.Connections)]
    [InlineData("1500 万并发观众", 1.5e7, CountClass.Connections)]
    [InlineData("over a hundred services", 100, CountClass.Services)]
    [InlineData("12 servers", 12, CountClass.Instances)]
    [InlineData("서버 30대", 30, CountClass.Instances)]
    public void Scan_Counts_KnowWhatTheyCount(string text, double value, CountClass counts)
    {
        var q = Single(text);
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(counts, q.Counts);
    }

    [Theory]
    [InlineData("5 倍", 5)]
    [InlineData("3x", 3)]
    [InlineData("3배", 3)]
    [InlineData("one-eighth", 0.125)]
    [InlineData("1/2.5", 0.4)]
    [InlineData("three times", 3)]
    public void Scan_Multipliers_AreFactors(string text, double factor)
    {
        var q = Single(text);
        Assert.Equal(QuantityKind.Multiplier, q.Kind);
        Assert.Equal(factor, q.Value, 9);
    }

    [Theory]
    [InlineData("30%—60%", 30, 60)]
    [InlineData("30%-60%", 30, 60)]
    [InlineData("10~20ms", 10, 20)]
    [InlineData("3–5", 3, 5)]
    [InlineData("30 to 60 percent", 30, 60)]
    public void Scan_Ranges_KeepBothEnds(string text, double low, double high)
    {
        var q = Single(text);
        Assert.Equal(low, q.Value, 9);
        Assert.Equal(high, q.High!.Value, 9);
    }

    [Theory]
    [InlineData("超 10 万", ClaimBound.AtLeast)]
    [InlineData("over 100", ClaimBound.AtLeast)]
    [InlineData("more than 100", ClaimBound.AtLeast)]
    [InlineData("> 80ms", ClaimBound.AtLeast)]
    [InlineData("< 10ms", ClaimBound.AtMost)]
    [InlineData("低于 0.002%", ClaimBound.AtMost)]
    [InlineData("42ms 以内", ClaimBound.AtMost)]
    [InlineData("200ms内", ClaimBound.AtMost)]
    [InlineData("under 10 ms", ClaimBound.AtMost)]
    [InlineData("不超过 5 秒", ClaimBound.AtMost)]
    [InlineData("about 5 ms", ClaimBound.Approximately)]
    [InlineData("~8.2s", ClaimBound.Approximately)]
    [InlineData("约 30%", ClaimBound.Approximately)]
    [InlineData("100ms 이하", ClaimBound.AtMost)]
    [InlineData("100만 건 이상", ClaimBound.AtLeast)]
    public void Scan_Bounds_AreRead(string text, ClaimBound bound) => Assert.Equal(bound, Single(text).Bound);

    [Theory]
    [InlineData("85% ↓", -1)]
    [InlineData("↓76%", -1)]
    [InlineData("12% ↑", 1)]
    public void Scan_Arrows_GiveDirection(string text, int arrow) => Assert.Equal(arrow, Single(text).Arrow);

    [Theory]
    [InlineData("2014年9月份")]
    [InlineData("4000万美元融资")]
    [InlineData("$40 million")]
    [InlineData("GOGC=20")]
    [InlineData("go 1.21+(v1.29+)")]
    [InlineData("P99")]
    [InlineData("ARM64")]
    [InlineData("99th")]
    public void Scan_YearsMoneySettingsVersionsAndLabels_AreNotUnitQuantities(string text)
    {
        Assert.DoesNotContain(QuantityParser.Scan(text, 0, text.Length), q => q.Kind != QuantityKind.Plain);
    }

    [Fact]
    public void Scan_ApproximatePrefixesInTableCells_AreNotARange()
    {
        const string row = "百万行比对耗时 ~8.2s ~1.9s(实测)";
        var durations = QuantityParser.Scan(row, 0, row.Length).Where(q => q.Kind == QuantityKind.Duration).ToList();
        Assert.Equal(2, durations.Count);
        Assert.All(durations, d => Assert.Null(d.High));
    }

    [Theory]
    [InlineData("(MB/s)", QuantityKind.ByteRate, 1024d * 1024)]
    [InlineData("ms", QuantityKind.Duration, 1)]
    [InlineData("μs", QuantityKind.Duration, 0.001)]
    [InlineData("GB", QuantityKind.Size, 1024d * 1024 * 1024)]
    public void UnitParser_HeaderUnits_GiveKindAndFactor(string token, QuantityKind kind, double factor)
    {
        Assert.True(UnitParser.TryParse(token.Trim('(', ')'), out var unit));
        Assert.Equal(kind, unit.Kind);
        Assert.Equal(factor, unit.Factor);
    }

    [Theory]
    [InlineData("5 services")]
    [InlineData("0xff")]
    [InlineData("3 minimum")]
    public void UnitParser_LatinUnits_NeedAWordBoundary(string text)
    {
        var digits = text.IndexOf(' ', StringComparison.Ordinal) is var k and > 0 ? k : 1;
        Assert.False(UnitParser.TryParseAt(text, digits, out var unit) && unit.Kind is QuantityKind.Duration or QuantityKind.Multiplier);
    }
}
