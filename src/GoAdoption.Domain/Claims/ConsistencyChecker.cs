using System.Globalization;

namespace GoAdoption.Domain.Claims;

/// <summary>
/// Checks a stated change against baseline→result. A stated figure covers every computed value that rounds to it
/// at its written precision: "85%" covers 84.5…85.5, so 120→18 (−85.0 %) is consistent and 42 s→0.3 s (−99.29 %)
/// is consistent with "99% ↓", while 18→4.2 ms (−76.67 %) is not consistent with "↓76%".
/// </summary>
public static class ConsistencyChecker
{
    private const double Epsilon = 1e-6;

    /// <summary>Signed percent change from baseline to result; null without both or with a zero baseline.</summary>
    public static double? ChangePercent(double? baseline, double? result) =>
        baseline is { } b && result is { } r && Math.Abs(b) > double.Epsilon ? (r - b) / b * 100 : null;

    /// <summary>Whether a stated percent change covers the computed one at the precision it is written with.</summary>
    public static bool ChangeAgrees(double computed, double stated) =>
        Math.Abs(computed - stated) < (0.5 * Math.Pow(10, -DecimalsOf(stated))) + Epsilon;

    /// <summary>
    /// Whether a stated multiplier (result ÷ baseline, above 0) agrees with the actual ratio (above 0), compared in the
    /// "≥ 1" direction so "one-eighth" and "8x less" are checked at the precision written.
    /// </summary>
    public static bool MultiplierAgrees(double ratio, double multiplier)
    {
        var written = multiplier >= 1 ? multiplier : 1 / multiplier;
        var actual = multiplier >= 1 ? ratio : 1 / ratio;
        var tolerance = (0.5 * Math.Pow(10, -DecimalsOf(Math.Round(written, 3)))) + Epsilon;
        return (ratio >= 1) == (multiplier >= 1) && Math.Abs(actual - written) < tolerance;
    }

    // Decimals of a figure as written, recovered from its shortest round-trip form (85 → 0, 0.3 → 1).
    private static int DecimalsOf(double value)
    {
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            return 0;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : Math.Min(6, text.Length - dot - 1);
    }

    /// <summary>Whether the stated change agrees with baseline→result.</summary>
    /// <param name="baseline">Before, canonical.</param>
    /// <param name="result">After, canonical.</param>
    /// <param name="statedChangePercent">Signed stated percent change.</param>
    /// <param name="statedMultiplier">Stated result ÷ baseline.</param>
    /// <param name="statedDelta">Stated absolute change, canonical, signed.</param>
    public static ClaimConsistency Check(double? baseline, double? result, double? statedChangePercent, double? statedMultiplier, double? statedDelta)
    {
        if (baseline is not { } b || result is not { } r)
        {
            return ClaimConsistency.Unchecked;
        }

        var verdicts = 0;
        var agreed = 0;
        if (statedChangePercent is { } stated && ChangePercent(b, r) is { } computed)
        {
            verdicts++;
            if (ChangeAgrees(computed, stated))
            {
                agreed++;
            }
        }

        if (statedMultiplier is { } multiplier && multiplier > 0 && Math.Abs(b) > double.Epsilon && r / b > 0)
        {
            verdicts++;
            if (MultiplierAgrees(r / b, multiplier))
            {
                agreed++;
            }
        }

        if (statedDelta is { } delta)
        {
            verdicts++;
            var actual = r - b;
            if (Math.Sign(actual) == Math.Sign(delta) && Math.Abs(actual - delta) <= (Math.Abs(delta) * 0.05) + Epsilon)
            {
                agreed++;
            }
        }

        return verdicts == 0 ? ClaimConsistency.Unchecked : agreed == verdicts ? ClaimConsistency.Consistent : ClaimConsistency.Inconsistent;
    }
}
