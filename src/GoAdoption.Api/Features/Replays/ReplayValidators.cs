using FluentValidation;
using GoAdoption.Domain.Taxonomy;
using GoAdoption.Simulation;
using GoAdoption.Simulation.Scenarios;

namespace GoAdoption.Api.Features.Replays;

public sealed class SimulateRequestValidator : AbstractValidator<SimulateRequest>
{
    public const int MaxRequests = 1_000_000;

    /// <summary>Beyond these a run means nothing (a request taking days) and only risks overflowing the clock.</summary>
    public const double MaxArrivalRatePerSecond = 1e9;

    /// <summary>One request in about eleven days; below it the simulated clock leaves the range of a double before long.</summary>
    public const double MinArrivalRatePerSecond = 1e-6;

    /// <summary>A nanosecond.</summary>
    public const double MinServiceTimeMs = 1e-6;

    public const double MaxServiceTimeMs = 86_400_000;

    public const double MaxCoefficientOfVariation = 10;

    public SimulateRequestValidator()
    {
        RuleFor(r => r.ArrivalRatePerSecond).NotNull().InclusiveBetween(MinArrivalRatePerSecond, MaxArrivalRatePerSecond);
        RuleFor(r => r.Servers).NotNull().InclusiveBetween(1, QueueSimulator.MaxServers);
        RuleFor(r => r.ServiceTimeMs).NotNull().InclusiveBetween(MinServiceTimeMs, MaxServiceTimeMs);
        RuleFor(r => r.Distribution)
            .NotNull()
            .Must(d => d is null || ReplayNames.Distribution(d) is not null)
            .WithMessage("'distribution' must be one of exponential, deterministic, lognormal.");
        RuleFor(r => r.CoefficientOfVariation).InclusiveBetween(0, MaxCoefficientOfVariation);
        RuleFor(r => r.CoefficientOfVariation)
            .Null()
            .When(r => r.Distribution is not null && ReplayNames.Distribution(r.Distribution) is { } d && d != ServiceDistribution.LogNormal)
            .WithMessage("'coefficientOfVariation' applies to the lognormal distribution only.");
        RuleFor(r => r.Requests).InclusiveBetween(1, MaxRequests);
    }
}

public sealed class ReplayRequestValidator : AbstractValidator<ReplayRequest>
{
    public const int MaxRequests = 500_000;

    public const int MaxClaimIds = 1_000;

    public ReplayRequestValidator()
    {
        // The count first, and the ids only when it holds: a million ids are turned away without reading each one.
        RuleFor(r => r.ClaimIds)
            .Must(ids => ids is null || ids.Count is > 0 and <= MaxClaimIds)
            .WithMessage($"'claimIds' must list 1 to {MaxClaimIds} claim ids.")
            .DependentRules(() => RuleForEach(r => r.ClaimIds).GreaterThan(0));
        RuleFor(r => r.Company).Must(s => s is null || s.Trim().Length > 0).WithMessage("'company' must not be blank.").MaximumLength(200);
        RuleFor(r => r.Project).Must(s => s is null || s.Trim().Length > 0).WithMessage("'project' must not be blank.").MaximumLength(200);
        RuleFor(r => r.Domain)
            .Must(slug => slug is null || DomainTaxonomy.IsKnown(slug))
            .WithMessage((_, slug) => $"'{slug}' is not a domain; see GET /api/v1/domains.");
        RuleFor(r => r.Requests).InclusiveBetween(1, MaxRequests);
        RuleFor(r => r.LoadFactor).InclusiveBetween(ReplayOptions.MinLoadFactor, ReplayOptions.MaxLoadFactor);
        RuleFor(r => r.Servers).InclusiveBetween(1, QueueSimulator.MaxServers);
    }
}

public sealed class ReplayQueryValidator : AbstractValidator<ReplayQuery>
{
    public ReplayQueryValidator()
    {
        RuleFor(r => r.Requests).InclusiveBetween(1, ReplayRequestValidator.MaxRequests);
        RuleFor(r => r.LoadFactor).InclusiveBetween(ReplayOptions.MinLoadFactor, ReplayOptions.MaxLoadFactor);
        RuleFor(r => r.Servers).InclusiveBetween(1, QueueSimulator.MaxServers);
    }
}

internal static class ReplayNames
{
    public static ServiceDistribution? Distribution(string name) => name switch
    {
        "exponential" => ServiceDistribution.Exponential,
        "deterministic" => ServiceDistribution.Deterministic,
        "lognormal" or "log-normal" => ServiceDistribution.LogNormal,
        _ => null,
    };
}
