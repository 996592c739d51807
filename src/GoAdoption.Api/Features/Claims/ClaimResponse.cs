using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using GoAdoption.Domain.Claims;

namespace GoAdoption.Api.Features.Claims;

/// <summary>
/// A performance claim as one document states it. Figures are in canonical units: time in ms, sizes in bytes, rates
/// per_second, volumes per_day, shares and changes in percent (42 means 42 %), plain counts.
/// </summary>
/// <param name="Id">Claim id; stable until its document changes.</param>
/// <param name="Company">The company or product the claim is about, when one is named.</param>
/// <param name="Project">The project the claim is about or that the system used, when one is named.</param>
/// <param name="System">The system within the company or project ("Geo-fence Service"), when named.</param>
/// <param name="Metric">What is measured.</param>
/// <param name="Statistic">Which statistic of it; unspecified when the text does not say.</param>
/// <param name="Baseline">The before figure, in <paramref name="Unit"/>; absent for a single figure or a change stated alone.</param>
/// <param name="Result">The after (or only) figure, in <paramref name="Unit"/>; absent for a change stated alone.</param>
/// <param name="Unit">Canonical unit of baseline, result and stated delta: ms, bytes, per_second, per_day, percent or count.</param>
/// <param name="StatedChangePercent">The change as written, signed (−85 for "85 % ↓").</param>
/// <param name="StatedMultiplier">The change as a written factor, result ÷ baseline (5 for "5 倍", 0.125 for "one-eighth").</param>
/// <param name="StatedDelta">An absolute change as written, signed, in <paramref name="Unit"/>.</param>
/// <param name="ChangePercent">Computed from baseline → result, signed; absent without both.</param>
/// <param name="Consistency">consistent when the stated change agrees with baseline → result within the rounding of the stated figure; inconsistent otherwise (<paramref name="ChangePercent"/> shows the computed value); unchecked when there is nothing to check.</param>
/// <param name="MigratedFrom">Language the system moved off, as written (Java, Node.js), when stated.</param>
/// <param name="Bound">How the figure is bounded: exact, at-least ("over 7 million"), at-most ("within 42 ms"), approximately.</param>
/// <param name="CrossSource">corroborated or conflicting when another document states a comparable figure for the same subject, system and metric; single otherwise.</param>
/// <param name="Source">The document.</param>
/// <param name="LineStart">First line, 1-based, of the original file.</param>
/// <param name="LineEnd">Last line, inclusive.</param>
/// <param name="Quote">The sentence or table rows quoted from those lines.</param>
/// <param name="RestatedAt">The other places the same document states the same fact (its table after its prose); empty when it says it once.</param>
public sealed record ClaimResponse(
    int Id,
    EntityReference? Company,
    EntityReference? Project,
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
    ClaimCrossSource CrossSource,
    SourceReference Source,
    int LineStart,
    int LineEnd,
    string Quote,
    IReadOnlyList<ClaimStatement> RestatedAt);
