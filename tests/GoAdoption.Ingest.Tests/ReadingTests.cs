using System.Text;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

public class ReadingTests
{
    private readonly DocumentIngestor _ingestor = new();

    [Fact]
    public void Ingest_EmptyFile_IsRejectedAsEmpty()
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => _ingestor.Ingest("empty.md", ReadOnlyMemory<byte>.Empty));
        Assert.Equal("empty.md", ex.FileName);
        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_WhitespaceOnlyFile_IsRejectedAsEmpty()
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => _ingestor.Ingest("blank.md", "  \n\n\t\n"u8.ToArray()));
        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_FileWithNulBytes_IsRejectedAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        var ex = Assert.Throws<DocumentRejectedException>(() => _ingestor.Ingest("image.txt", png));
        Assert.Contains("binary", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ManyControlCharacters_IsRejectedAsBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var ex = Assert.Throws<DocumentRejectedException>(() => _ingestor.Ingest("blob.txt", bytes));
        Assert.Contains("binary", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_InvalidUtf8_IsRejectedWithTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("Uber uses Go. ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var ex = Assert.Throws<DocumentRejectedException>(() => _ingestor.Ingest("latin1.txt", bytes));
        Assert.Equal("not valid UTF-8 at byte 14", ex.Reason);
    }

    [Fact]
    public void Ingest_Gbk_IsRejectedNotGarbled()
    {
        byte[] gbk = [0xD7, 0xD6, 0xBD, 0xDA, 0xCC, 0xF8, 0xB6, 0xAF]; // 字节跳动 in GBK
        var ex = Assert.Throws<DocumentRejectedException>(() => _ingestor.Ingest("gbk.txt", gbk));
        Assert.StartsWith("not valid UTF-8 at byte ", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_Utf8Bom_IsStrippedAndHashCoversRawBytes()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("# Uber\n\nUber uses Go.\n")).ToArray();
        var doc = _ingestor.Ingest("bom.md", bytes);
        Assert.Equal("Uber", doc.Title);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), doc.ContentHash);
    }

    [Fact]
    public void Ingest_MalformedFrontMatter_IsAWarningNotAFailure()
    {
        var doc = Seeds.Ingest("---\ntitle: [unclosed\n---\n# Heading\n\nStripe uses Go.\n");
        Assert.Contains(doc.Warnings, w => w.Contains("front matter", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Slug == "stripe");
    }

    [Fact]
    public void Ingest_CrLfLineEndings_KeepLineNumbers()
    {
        var doc = Seeds.Ingest("# Title\r\n\r\nIntro.\r\n\r\nStripe uses Go for payments.\r\n");
        Assert.Equal(5, doc.LineCount);
        Assert.Equal(5, Assert.Single(doc.Mentions, m => m.Slug == "stripe").At.LineStart);
    }

    [Theory]
    [InlineData("# Go を採用している会社\n\nメルカリは Go をバックエンドに使っています。\n", "ja")]
    [InlineData("# Go 사용 회사\n\n우버는 Go를 사용하는 회사입니다.\n", "ko")]
    [InlineData("# 使用 Go 的公司\n\n腾讯使用 Go 语言开发微服务。\n", "zh")]
    [InlineData("# Companies using Go\n\nUber uses Go for geofencing.\n", "en")]
    public void Ingest_DetectsLanguageByScript(string text, string expected) =>
        Assert.Equal(expected, Seeds.Ingest(text).Language);

    [Fact]
    public void Ingest_JapaneseDocument_FindsJapaneseCompanies()
    {
        var doc = Seeds.Ingest("# Go を採用している会社\n\n- メルカリ: マイクロサービスを Go で開発\n- サイバーエージェント: 広告配信システム\n");
        Assert.Equal("ja", doc.Language);
        Assert.Contains(doc.Entities, e => e.Slug == "mercari" && e.Country == "JP");
        Assert.Contains(doc.Entities, e => e.Slug == "cyberagent");
    }
}
