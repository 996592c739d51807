using GoAdoption.Domain.Claims;

namespace GoAdoption.Simulation.Scenarios;

/// <summary>Whether a claim is about a company or a project.</summary>
public enum SubjectKind
{
    Company,
    Project,
}

/// <summary>One stored performance claim as the simulation sees it: canonical figures plus where it was read.</summary>
/// <param name="Id">The claim's identifier in the catalog.</param>
/// <param name="SubjectSlug">Company or project slug; null for a claim the source does not attribute.</param>
/// <param name="SubjectName">Display name of the subject.</param>
/// <param name="SubjectKind">Company or project; null without a subject.</param>
/// <param name="System">The system the claim is about, when named ("Geo-fence Service").</param>
/// <param name="Metric">What is measured.</param>
/// <param name="Statistic">Which statistic.</param>
/// <param name="Baseline">Before figure, canonical; null for a single figure.</param>
/// <param name="Result">After (or only) figure; null for a change stated alone.</param>
/// <param name="Unit">Canonical unit of the figures.</param>
/// <param name="StatedChangePercent">Signed percent change as written.</param>
/// <param name="StatedMultiplier">Written factor, result ÷ baseline.</param>
/// <param name="Bound">How the figure was bounded in the text.</param>
/// <param name="SourceFile">File name of the source document.</param>
/// <param name="LineStart">1-based first line of the passage.</param>
/// <param name="LineEnd">1-based last line of the passage.</param>
/// <param name="Quote">The sentence or row quoted.</param>
public sealed record ClaimFact(
    long Id,
    string? SubjectSlug,
    string? SubjectName,
    SubjectKind? SubjectKind,
    string? System,
    ClaimMetric Metric,
    ClaimStatistic Statistic,
    double? Baseline,
    double? Result,
    ClaimUnit Unit,
    double? StatedChangePercent,
    double? StatedMultiplier,
    ClaimBound Bound,
    string SourceFile,
    int LineStart,
    int LineEnd,
    string Quote)
{
    /// <summary>Signed percent change from baseline to result, when both are stated and the baseline is not zero.</summary>
    public double? ComputedChangePercent =>
        Baseline is { } b && Result is { } r && b != 0.0 ? (r - b) / b * 100.0 : null;
}
