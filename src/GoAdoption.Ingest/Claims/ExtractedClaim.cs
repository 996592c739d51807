using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Claims;

/// <summary>One performance claim as a document states it, normalized to canonical units.</summary>
/// <param name="CompanySlug">The company the claim is about, when one is named in the sentence, passage or section.</param>
/// <param name="ProjectSlug">The project the claim is about (Prometheus, etcd), when one is named.</param>
/// <param name="System">The system within the company or project ("Geo-fence Service", "实时风控引擎"), when the text names one.</param>
/// <param name="Metric">What is measured.</param>
/// <param name="Statistic">Which statistic (p99, mean, peak…).</param>
/// <param name="Baseline">The before figure in <paramref name="Unit"/>; null for a single figure.</param>
/// <param name="Result">The after (or only) figure in <paramref name="Unit"/>; null for a change stated alone ("延迟降低 40%").</param>
/// <param name="Unit">Canonical unit of <paramref name="Baseline"/>, <paramref name="Result"/> and <paramref name="StatedDelta"/>; <see cref="ClaimUnit.Percent"/> for a change stated alone.</param>
/// <param name="StatedChangePercent">The change as written, signed: −85 for "85% ↓", +37 for "提升 37%" of a higher-is-better metric.</param>
/// <param name="StatedMultiplier">The change as a written factor, expressed as result ÷ baseline: 5 for "提升 5 倍", 0.125 for "one-eighth", 1/3 for "3x lower".</param>
/// <param name="StatedDelta">An absolute change as written, signed, in <paramref name="Unit"/> ("P99 延迟降低 180μs" is −0.18 ms).</param>
/// <param name="ChangePercent">Computed from baseline→result, signed; null without both or with a zero baseline.</param>
/// <param name="Consistency">Whether the stated change agrees with the computed one.</param>
/// <param name="MigratedFrom">The language the system moved off (Java, Node.js, Python, C++), when stated.</param>
/// <param name="Bound">How the figure was bounded.</param>
/// <param name="At">Passage lines and the sentence or table row(s) quoted: where the document first states it.</param>
/// <param name="RestatedAt">The other places the document states the same fact (its table after its prose, the body after the intro).</param>
public sealed record ExtractedClaim(
    string? CompanySlug,
    string? ProjectSlug,
    string? System,
    ClaimMetric Metric,
    ClaimStatistic Statistic,
    double? Baseline,
    double? Result,
    ClaimUnit Unit,
    double? StatedChangePercent,
    double? StatedMultiplier,
    double? StatedDelta,
    double? ChangePercent,
    ClaimConsistency Consistency,
    string? MigratedFrom,
    ClaimBound Bound,
    Provenance At,
    IReadOnlyList<Provenance>? RestatedAt = null)
{
    /// <summary>Every place the document states it, first one first.</summary>
    public IEnumerable<Provenance> Statements => (RestatedAt ?? []).Prepend(At);
}

/// <summary>An entity the entity extractor found in a passage, positioned in <see cref="Passage.Text"/>.</summary>
/// <param name="Slug">The entity's slug.</param>
/// <param name="IsProject">True for a project (Kubernetes, etcd), false for a company or product.</param>
/// <param name="Offset">Character offset of the mention in the passage text.</param>
/// <param name="Length">Length of the mention as written.</param>
/// <param name="ParentSlug">For a product, its owner (微信支付 → tencent, 昇腾 → huawei), so a claim can go to the owner when the text names it too.</param>
public sealed record SubjectCandidate(string Slug, bool IsProject, int Offset, int Length, string? ParentSlug = null);

/// <summary>A passage and the subject candidates found in it; headings are passed too, as section-level fallbacks.</summary>
public sealed record ClaimPassage(Passage Passage, IReadOnlyList<SubjectCandidate> Subjects);
