using GoAdoption.Domain.Claims;

namespace GoAdoption.Api.Data.Entities;

/// <summary>
/// A performance claim as one source states it, in canonical units (ms, bytes, per_second, per_day, percent, count);
/// replaced with its source.
/// </summary>
public sealed class Claim
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public int? ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>The system within the company or project ("Geo-fence Service", "实时风控引擎"), when named.</summary>
    public string? System { get; set; }

    public ClaimMetric Metric { get; set; }

    public ClaimStatistic Statistic { get; set; }

    public double? Baseline { get; set; }

    public double? Result { get; set; }

    public ClaimUnit Unit { get; set; }

    /// <summary>Signed, as written: −85 for "85% ↓".</summary>
    public double? StatedChangePercent { get; set; }

    /// <summary>As written, as result ÷ baseline: 5 for "5 倍".</summary>
    public double? StatedMultiplier { get; set; }

    /// <summary>Signed absolute change as written, in <see cref="Unit"/>.</summary>
    public double? StatedDelta { get; set; }

    /// <summary>Computed from baseline → result.</summary>
    public double? ChangePercent { get; set; }

    public ClaimConsistency Consistency { get; set; }

    /// <summary>Language the system was moved off, as written (Java, Node.js).</summary>
    public string? MigratedFrom { get; set; }

    /// <summary>Lower-case form of <see cref="MigratedFrom"/> for filtering.</summary>
    public string? MigratedFromKey { get; set; }

    public ClaimBound Bound { get; set; }

    /// <summary>Whether other sources say the same of the same subject, system and metric; recomputed after each sync.</summary>
    public ClaimCrossSource CrossSource { get; set; }

    public int LineStart { get; set; }

    public int LineEnd { get; set; }

    public required string Quote { get; set; }

    /// <summary>The other places the document states the same fact (its table after its prose), first one excluded.</summary>
    public List<ClaimStatement> RestatedAt { get; set; } = [];
}

/// <summary>One place a document states a claim: its lines and the words quoted.</summary>
/// <param name="LineStart">First line, 1-based, of the original file.</param>
/// <param name="LineEnd">Last line, inclusive.</param>
/// <param name="Quote">The sentence or table row quoted.</param>
public sealed record ClaimStatement(int LineStart, int LineEnd, string Quote);

