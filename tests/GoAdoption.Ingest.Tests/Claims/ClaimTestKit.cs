using GoAdoption.Ingest.Claims;

namespace GoAdoption.Ingest.Tests.Claims;

internal static class ClaimTestKit
{
    /// <summary>Extracts the claims of a small document given as lines, segmented by the test loader.</summary>
    public static IReadOnlyList<ExtractedClaim> Read(params string[] lines) => ClaimExtractor.Extract(SeedPassageLoader.Load(lines));

    public static ExtractedClaim One(ClaimMetric metric, params string[] lines)
    {
        var claims = Read(lines);
        return Assert.Single(claims, c => c.Metric == metric);
    }
}
