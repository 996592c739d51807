using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Claims;

namespace GoAdoption.Ingest.Tests.Claims;

internal static class ClaimTestKit
{
    /// <summary>Extracts the claims of a small document given as lines, through the whole ingest pipeline.</summary>
    public static IReadOnlyList<ExtractedClaim> Read(params string[] lines) => Seeds.Ingest(string.Join("\n", lines), "doc.txt").Claims;

    public static ExtractedClaim One(ClaimMetric metric, params string[] lines)
    {
        var claims = Read(lines);
        return Assert.Single(claims, c => c.Metric == metric);
    }
}
