using System.Diagnostics;
using GoAdoption.Ingest.Claims;
using Xunit.Abstractions;

namespace GoAdoption.Ingest.Tests.Claims;

public sealed class ClaimSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_OnTheSeeds_RunsWellAboveTheIngestBudget()
    {
        // The whole pipeline must reach 10 MB/s on one core; claims get a fraction of that budget,
        // so a debug build on a shared test machine must still clear a floor far below the release speed.
        string[] files = [SeedClaimLabels.Ko, SeedClaimLabels.ZhMd, SeedClaimLabels.Web2, SeedClaimLabels.Web3, SeedClaimLabels.En];
        // The real segmenter's passages; subjects are left out since they only cost a lookup per claim.
        var documents = files.Select(f => Seeds.Get(f).Passages.Select(p => new ClaimPassage(p, [])).ToList()).ToList();
        var bytes = files.Sum(f => new FileInfo(Seeds.PathOf(f)).Length);
        foreach (var document in documents)
        {
            ClaimExtractor.Extract(document);
        }

        const int rounds = 60;
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var document in documents)
            {
                ClaimExtractor.Extract(document);
            }
        }

        watch.Stop();
        var megabytesPerSecond = bytes * rounds / 1e6 / watch.Elapsed.TotalSeconds;
        output.WriteLine($"{megabytesPerSecond:F1} MB/s");
        Assert.True(megabytesPerSecond > 5, $"{megabytesPerSecond:F1} MB/s");
    }
}
