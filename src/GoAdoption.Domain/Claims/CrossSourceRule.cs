using System.Globalization;
using System.Text;

namespace GoAdoption.Domain.Claims;

/// <summary>
/// Whether documents agree about the same thing. Two claims from different sources are about the same thing when:
/// <list type="bullet">
/// <item>they have the same subject: the same company slug, or, for claims without a company, the same project slug
/// (a claim with neither is never compared);</item>
/// <item>they are about the same system: both name none, or the normalized names (case, spaces and punctuation
/// ignored, generic words such as service/服务/系统 dropped) are equal, one contains the other, or both carry the
/// same distinctive keyword in any language (chat/聊天, geo-fence/地理围栏, transcoding/转码…). A named system never
/// matches an unnamed one: Twitch's chat latency and its transcoding figures are different systems, not a conflict;</item>
/// <item>they measure the same metric, and the same statistic when both state one.</item>
/// </list>
/// Such a pair agrees when both give a change (computed, else stated, else from the multiplier) in the same
/// direction within <see cref="ChangeTolerancePoints"/> percentage points of each other, or, failing that, both give
/// a result in the same unit within <see cref="ResultTolerance"/> of the larger; a pair with nothing in common to
/// compare (a change against a single figure) says nothing. A claim with any disagreeing pair is
/// <see cref="ClaimCrossSource.Conflicting"/>, else with an agreeing pair <see cref="ClaimCrossSource.Corroborated"/>,
/// else <see cref="ClaimCrossSource.Single"/>.
/// </summary>
public static class CrossSourceRule
{
    /// <summary>Largest difference between two changes, in percentage points, that still agrees (−85 vs −78 agree).</summary>
    public const double ChangeTolerancePoints = 10;

    /// <summary>Largest relative difference between two results that still agrees (1.0 M vs 1.08 M per second agree).</summary>
    public const double ResultTolerance = 0.10;

    /// <summary>What the rule needs of a claim.</summary>
    /// <param name="Id">Claim id.</param>
    /// <param name="SourceId">The document it was read from; claims of one document are never compared.</param>
    /// <param name="CompanySlug">Company subject, when there is one.</param>
    /// <param name="ProjectSlug">Project subject, when there is one.</param>
    /// <param name="System">System name as written, when there is one.</param>
    /// <param name="Metric">What is measured.</param>
    /// <param name="Statistic">Which statistic.</param>
    /// <param name="Unit">Canonical unit of <paramref name="Result"/>.</param>
    /// <param name="Result">The after (or only) figure.</param>
    /// <param name="Change">Computed change, else stated change, else (multiplier − 1) × 100; null when none is known.</param>
    public sealed record Item(
        int Id,
        int SourceId,
        string? CompanySlug,
        string? ProjectSlug,
        string? System,
        ClaimMetric Metric,
        ClaimStatistic Statistic,
        ClaimUnit Unit,
        double? Result,
        double? Change);

    public static Dictionary<int, ClaimCrossSource> Evaluate(IReadOnlyList<Item> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var statuses = claims.ToDictionary(c => c.Id, _ => ClaimCrossSource.Single);
        var buckets = claims
            .Where(c => c.CompanySlug is not null || c.ProjectSlug is not null)
            .GroupBy(c => (Subject: c.CompanySlug is null ? "project:" + c.ProjectSlug : "company:" + c.CompanySlug, c.Metric));
        foreach (var bucket in buckets)
        {
            var items = bucket.Select(c => (Claim: c, System: SystemKey(c.System))).ToList();
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    var (a, systemA) = items[i];
                    var (b, systemB) = items[j];
                    if (a.SourceId == b.SourceId || !SameStatistic(a.Statistic, b.Statistic) || !SameSystemKey(systemA, systemB))
                        continue;
                    if (Agree(a, b) is not { } agree)
                        continue;
                    var status = agree ? ClaimCrossSource.Corroborated : ClaimCrossSource.Conflicting;
                    Raise(statuses, a.Id, status);
                    Raise(statuses, b.Id, status);
                }
            }
        }

        return statuses;
    }

    /// <summary>True when the two agree, false when they disagree, null when they state nothing comparable.</summary>
    public static bool? Agree(Item a, Item b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Change is { } ca && b.Change is { } cb)
            return Math.Sign(ca) == Math.Sign(cb) && Math.Abs(ca - cb) <= ChangeTolerancePoints;
        if (a.Result is { } ra && b.Result is { } rb && a.Unit == b.Unit)
            return Math.Abs(ra - rb) <= ResultTolerance * Math.Max(Math.Abs(ra), Math.Abs(rb));
        return null;
    }

    /// <summary>Whether two system names (as written) name the same system; see the class remarks.</summary>
    public static bool SameSystem(string? a, string? b) => SameSystemKey(SystemKey(a), SystemKey(b));

    private static bool SameSystemKey(string? a, string? b)
    {
        if (a is null || b is null)
            return a is null && b is null;
        if (a == b)
            return true;
        if (a.Length >= MinContained && b.Length >= MinContained && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)))
            return true;
        return Keywords.Any(forms => forms.Any(f => a.Contains(f, StringComparison.Ordinal)) && forms.Any(f => b.Contains(f, StringComparison.Ordinal)));
    }

    private static bool SameStatistic(ClaimStatistic a, ClaimStatistic b) =>
        a == b || a == ClaimStatistic.Unspecified || b == ClaimStatistic.Unspecified;

    // Conflicting outranks corroborated: one disagreeing document is what a reader must see.
    private static void Raise(Dictionary<int, ClaimCrossSource> statuses, int id, ClaimCrossSource status)
    {
        if (statuses[id] != ClaimCrossSource.Conflicting)
            statuses[id] = status;
    }

    /// <summary>Lower case, letters and digits only, generic words dropped; an empty name counts as none.</summary>
    private static string? SystemKey(string? system)
    {
        if (string.IsNullOrWhiteSpace(system))
            return null;
        var key = new StringBuilder(system.Length);
        foreach (var c in system.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
                key.Append(c);
        }

        var text = key.ToString();
        foreach (var word in GenericWords)
            text = text.Replace(word, string.Empty, StringComparison.Ordinal);
        return text.Length == 0 ? null : text;
    }

    // Shorter keys ("go", "边缘") are inside too many names to mean the same system.
    private const int MinContained = 3;

    private static readonly string[] GenericWords =
    [
        "services", "service", "systems", "system", "engine", "platform", "module", "core", "realtime", "backend",
        "服务", "系统", "引擎", "平台", "模块", "核心", "实时", "后台", "后端", "서비스", "시스템",
    ];

    // The same system written in different languages or words; each group is one distinctive concept.
    private static readonly string[][] Keywords =
    [
        ["chat", "聊天", "채팅", "チャット"],
        ["geofence", "地理围栏", "지오펜스"],
        ["transcod", "转码", "트랜스코딩"],
        ["payment", "支付", "결제"],
        ["risk", "fraud", "风控", "反欺诈"],
        ["recommend", "推荐", "추천"],
        ["search", "搜索", "검색"],
        ["dispatch", "派单"],
        ["metadata", "元数据"],
        ["dns"],
        ["cdn"],
    ];
}
