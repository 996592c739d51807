using GoAdoption.Api.Importing;
using GoAdoption.Domain.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace GoAdoption.Api.Tests;

/// <summary>Cross-source agreement over synthetic documents, each test on its own folder and database.</summary>
public sealed class ClaimCrossSourceTests
{
    private const string DropboxA = """
        # Dropbox

        Dropbox 的同步引擎(Sync Engine)迁移至 Go 后,P99 延迟从 200ms 降至 50ms。
        """;

    private const string DropboxB = """
        # Notes on Dropbox

        Dropbox 用 Go 重写的同步引擎(Sync Engine)P99 延迟从 210ms 降至 55ms。
        """;

    private const string DropboxC = """
        # More notes

        Dropbox 用 Go 重写的同步引擎(Sync Engine)P99 延迟降低 20%。
        """;

    private const string TwitchChat = """
        # Twitch

        Twitch 用 Go 重写的聊天系统(Chat System)P99 延迟从 100ms 降至 20ms。
        """;

    private const string TwitchTranscoding = """
        # Twitch video

        Twitch 用 Go 重写的转码服务(Transcoding Service)P99 延迟从 100ms 降至 90ms。
        """;

    [Fact]
    public async Task Two_documents_that_agree_corroborate_and_a_third_that_disagrees_makes_all_conflicting()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", DropboxA);
        factory.WriteSeed("b.md", DropboxB);
        using var client = factory.CreateClient();

        var agreed = (await client.GetOkAsync("/api/v1/claims?company=dropbox")).Items().ToList();
        Assert.Equal(2, agreed.Count);
        Assert.All(agreed, c => Assert.Equal("corroborated", (string)c["crossSource"]!));

        factory.WriteSeed("c.md", DropboxC);
        await SyncAsync(factory);

        var all = (await client.GetOkAsync("/api/v1/claims?company=dropbox")).Items().ToList();
        Assert.Equal(3, all.Count);
        Assert.All(all, c => Assert.Equal("conflicting", (string)c["crossSource"]!));
        Assert.Equal(3, (int)(await client.GetOkAsync("/api/v1/claims?crossSource=conflicting"))["total"]!);
    }

    [Fact]
    public async Task Removing_the_disagreement_restores_corroboration_on_the_next_sync()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", DropboxA);
        factory.WriteSeed("b.md", DropboxB);
        factory.WriteSeed("c.md", DropboxC);
        using var client = factory.CreateClient();
        Assert.Equal(3, (int)(await client.GetOkAsync("/api/v1/claims?crossSource=conflicting"))["total"]!);

        factory.WriteSeed("c.md", TwitchChat);
        await SyncAsync(factory);

        var dropbox = (await client.GetOkAsync("/api/v1/claims?company=dropbox")).Items().ToList();
        Assert.All(dropbox, c => Assert.Equal("corroborated", (string)c["crossSource"]!));
    }

    [Fact]
    public async Task A_companys_chat_and_transcoding_systems_are_different_subjects_not_a_conflict()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("chat.md", TwitchChat);
        factory.WriteSeed("video.md", TwitchTranscoding);
        using var client = factory.CreateClient();

        var twitch = (await client.GetOkAsync("/api/v1/claims?company=twitch&metric=latency")).Items().ToList();

        Assert.Equal(2, twitch.Count);
        Assert.Equal(2, twitch.Select(c => (string)c["system"]!).Distinct().Count());
        Assert.All(twitch, c => Assert.Equal("single", (string)c["crossSource"]!));
    }

    [Fact]
    public async Task Re_importing_unchanged_documents_keeps_claim_counts_and_statuses()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", DropboxA);
        factory.WriteSeed("b.md", DropboxB);
        using var client = factory.CreateClient();
        var before = (await client.GetOkAsync("/api/v1/claims?pageSize=100")).ToJsonString();

        var report = await SyncAsync(factory);

        Assert.All(report.Documents, d => Assert.Equal(ImportOutcome.Unchanged, d.Outcome));
        Assert.Equal(before, (await client.GetOkAsync("/api/v1/claims?pageSize=100")).ToJsonString());
    }

    [Theory]
    [InlineData("Geo-fence Service", "地理围栏服务", true)]
    [InlineData("实时聊天系统", "聊天消息分发系统", true)]
    [InlineData("Chat System", "实时聊天系统", true)]
    [InlineData("Payments Router", "payments router", true)]
    [InlineData("Risk Engine v3.0", "Risk Engine", true)]
    [InlineData("聊天消息分发系统", "直播流元数据分发系统", false)]
    [InlineData("Chat System", "Transcoding Service", false)]
    [InlineData("Chat System", null, false)]
    [InlineData(null, null, true)]
    public void Same_system_ignores_case_spacing_and_language_but_not_a_different_keyword(string? a, string? b, bool same) =>
        Assert.Equal(same, CrossSourceRule.SameSystem(a, b));

    private static async Task<ImportReport> SyncAsync(CatalogFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogImporter>().SyncSeedsAsync();
    }
}
