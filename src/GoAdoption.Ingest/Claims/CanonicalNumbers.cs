using System.Globalization;
using GoAdoption.Domain.Claims;

namespace GoAdoption.Ingest.Claims;

/// <summary>
/// The figures a claim stores, as a reader would write them: unit conversions leave binary noise
/// (0.12 µs is 0.00011999999999999999 ms), so every figure keeps twelve significant digits, and bytes are whole.
/// </summary>
internal static class CanonicalNumbers
{
    private const int SignificantDigits = 12;

    public static ExtractedClaim Apply(ExtractedClaim claim) => claim with
    {
        Baseline = Figure(claim.Baseline, claim.Unit),
        Result = Figure(claim.Result, claim.Unit),
        StatedDelta = Figure(claim.StatedDelta, claim.Unit),
        StatedChangePercent = Clean(claim.StatedChangePercent),
        StatedMultiplier = Clean(claim.StatedMultiplier),
        ChangePercent = Clean(claim.ChangePercent),
    };

    private static double? Figure(double? value, ClaimUnit unit) =>
        unit is ClaimUnit.Bytes or ClaimUnit.BytesPerSecond && value is { } v ? Math.Round(v, MidpointRounding.AwayFromZero) : Clean(value);

    public static double? Clean(double? value) =>
        value is { } v && double.IsFinite(v) && v != 0
            ? double.Parse(v.ToString("G" + SignificantDigits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value;
}
