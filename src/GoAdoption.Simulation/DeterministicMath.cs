using System.Runtime.CompilerServices;

namespace GoAdoption.Simulation;

/// <summary>
/// Logarithm and exponential built from +, −, ×, ÷ and exact scaling only. IEEE 754 rounds those the same way on
/// every machine, whereas Math.Log and Math.Exp come from the platform's C library and may differ in the last bit,
/// which over millions of samples would make results depend on where they ran.
/// </summary>
internal static class DeterministicMath
{
    // ln 2 split so that k * Ln2Hi is exact for |k| < 2^11 (the low 32 bits of Ln2Hi are zero).
    private static readonly double Ln2Hi = BitConverter.Int64BitsToDouble(0x3FE62E42FEE00000);
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;
    private const double Sqrt2 = 1.41421356237309504880;

    /// <summary>Natural logarithm of a positive, finite, normal number (relative error a few ulp).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Ln(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        // ln m = 2 atanh(s), s = (m−1)/(m+1); with m in [√½, √2] s² ≤ 0.0295, so eleven terms of the
        // series reach double precision and need no fitted constants.
        var s = (m - 1.0) / (m + 1.0);
        var z = s * s;
        var series = 1.0 / 23;
        series = series * z + 1.0 / 21;
        series = series * z + 1.0 / 19;
        series = series * z + 1.0 / 17;
        series = series * z + 1.0 / 15;
        series = series * z + 1.0 / 13;
        series = series * z + 1.0 / 11;
        series = series * z + 1.0 / 9;
        series = series * z + 1.0 / 7;
        series = series * z + 1.0 / 5;
        series = series * z + 1.0 / 3;
        var lnM = 2.0 * s + 2.0 * s * z * series;
        return exponent * Ln2Hi + (lnM + exponent * Ln2Lo);
    }

    /// <summary>e^x for finite x; overflows to +∞ and underflows to 0 like the IEEE result would.</summary>
    public static double Exp(double x)
    {
        if (x > 709.782712893384)
        {
            return double.PositiveInfinity;
        }

        if (x < -745.1332191019412)
        {
            return 0.0;
        }

        var k = Math.Floor(x * InvLn2 + 0.5);
        var r = (x - k * Ln2Hi) - k * Ln2Lo;

        // |r| ≤ ½ ln 2, so the Taylor series to r^14/14! is below double precision; nested form keeps it accurate.
        var y = 1.0 + r * (1.0 / 14);
        y = 1.0 + r * (1.0 / 13) * y;
        y = 1.0 + r * (1.0 / 12) * y;
        y = 1.0 + r * (1.0 / 11) * y;
        y = 1.0 + r * (1.0 / 10) * y;
        y = 1.0 + r * (1.0 / 9) * y;
        y = 1.0 + r * (1.0 / 8) * y;
        y = 1.0 + r * (1.0 / 7) * y;
        y = 1.0 + r * (1.0 / 6) * y;
        y = 1.0 + r * (1.0 / 5) * y;
        y = 1.0 + r * (1.0 / 4) * y;
        y = 1.0 + r * (1.0 / 3) * y;
        y = 1.0 + r * (1.0 / 2) * y;
        y = 1.0 + r * y;
        return Math.ScaleB(y, (int)k);
    }
}
