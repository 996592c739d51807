using System.Runtime.CompilerServices;

namespace GoAdoption.Simulation;

/// <summary>Service times by inverse transform (exponential) or the polar Box–Muller method (lognormal).</summary>
internal struct ServiceTimeSampler
{
    private readonly ServiceDistribution _distribution;
    private readonly double _meanMs;
    private readonly double _logMu;
    private readonly double _logSigma;
    private double _spareNormal;
    private bool _hasSpareNormal;

    public ServiceTimeSampler(ServiceDistribution distribution, double meanMs, double coefficientOfVariation)
    {
        // A lognormal with CV 0 is a point mass; sampling it through exp(ln m) would only add rounding noise.
        _distribution = distribution == ServiceDistribution.LogNormal && coefficientOfVariation == 0.0
            ? ServiceDistribution.Deterministic
            : distribution;
        _meanMs = meanMs;

        // Moments of a lognormal: mean = e^(μ+σ²/2), CV² = e^(σ²) − 1.
        var sigmaSquared = DeterministicMath.Ln(1.0 + coefficientOfVariation * coefficientOfVariation);
        _logSigma = Math.Sqrt(sigmaSquared);
        _logMu = DeterministicMath.Ln(meanMs) - sigmaSquared / 2.0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Next(ref Xoshiro256StarStar rng)
    {
        if (_distribution == ServiceDistribution.Exponential)
        {
            return -DeterministicMath.Ln(rng.NextDoubleNonZero()) * _meanMs;
        }

        return _distribution == ServiceDistribution.Deterministic ? _meanMs : NextLogNormal(ref rng);
    }

    private double NextLogNormal(ref Xoshiro256StarStar rng) =>
        DeterministicMath.Exp(_logMu + _logSigma * NextStandardNormal(ref rng));

    // The polar form needs only a logarithm and a square root (IEEE-exact), not sine and cosine, and yields two
    // independent normals per accepted point; the second is kept for the next call.
    private double NextStandardNormal(ref Xoshiro256StarStar rng)
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = 2.0 * rng.NextDouble() - 1.0;
            v = 2.0 * rng.NextDouble() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);

        var factor = Math.Sqrt(-2.0 * DeterministicMath.Ln(s) / s);
        _spareNormal = v * factor;
        _hasSpareNormal = true;
        return u * factor;
    }
}

/// <summary>Inter-arrival gaps: Poisson, or a two-state Markov-modulated Poisson process for bursts.</summary>
internal struct ArrivalSampler
{
    private readonly bool _bursty;
    private readonly double _meanGapMs;
    private readonly double _burstGapMs;
    private readonly double _calmGapMs;
    private readonly double _burstDurationMs;
    private readonly double _calmDurationMs;
    private bool _inBurst;
    private double _stateLeftMs;

    public ArrivalSampler(SimulationParameters parameters, ref Xoshiro256StarStar rng)
    {
        var ratePerMs = parameters.ArrivalRatePerSecond / 1000.0;
        _meanGapMs = 1.0 / ratePerMs;
        _bursty = parameters.Arrival == ArrivalPattern.Bursty;
        if (!_bursty)
        {
            return;
        }

        var factor = parameters.BurstFactor;
        var fraction = parameters.BurstFraction;

        // The calm rate is what keeps the long-run mean at λ: f·bλ + (1−f)·calm = λ.
        var calmRatePerMs = ratePerMs * (1.0 - factor * fraction) / (1.0 - fraction);
        _burstGapMs = 1.0 / (ratePerMs * factor);
        _calmGapMs = calmRatePerMs > 0.0 ? 1.0 / calmRatePerMs : double.PositiveInfinity;
        _burstDurationMs = parameters.BurstMeanDurationMs;
        _calmDurationMs = parameters.BurstMeanDurationMs * (1.0 - fraction) / fraction;

        // Start in the stationary state distribution so that the first requests are not biased calm or busy.
        _inBurst = rng.NextDouble() < fraction;
        _stateLeftMs = -DeterministicMath.Ln(rng.NextDoubleNonZero()) * (_inBurst ? _burstDurationMs : _calmDurationMs);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextGapMs(ref Xoshiro256StarStar rng) =>
        _bursty ? NextBurstyGapMs(ref rng) : -DeterministicMath.Ln(rng.NextDoubleNonZero()) * _meanGapMs;

    private double NextBurstyGapMs(ref Xoshiro256StarStar rng)
    {
        var gap = 0.0;
        while (true)
        {
            var meanGap = _inBurst ? _burstGapMs : _calmGapMs;
            if (!double.IsPositiveInfinity(meanGap))
            {
                var candidate = -DeterministicMath.Ln(rng.NextDoubleNonZero()) * meanGap;
                if (candidate < _stateLeftMs)
                {
                    _stateLeftMs -= candidate;
                    return gap + candidate;
                }
            }

            // No arrival before the state ends; exponential gaps are memoryless, so drawing afresh in the new
            // state is exact.
            gap += _stateLeftMs;
            _inBurst = !_inBurst;
            _stateLeftMs = -DeterministicMath.Ln(rng.NextDoubleNonZero()) * (_inBurst ? _burstDurationMs : _calmDurationMs);
        }
    }
}
