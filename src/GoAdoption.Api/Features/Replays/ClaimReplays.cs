using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Simulation.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoAdoption.Api.Features.Replays;

/// <summary>
/// Reads stored claims as the simulation sees them and replays their scenarios, caching each scenario per
/// (catalog version, its claims, seed, requests, load factor, servers). The catalog version (<see cref="CatalogVersion"/>)
/// changes whenever an import writes facts, so a re-import never serves a stale scenario.
/// </summary>
public sealed class ClaimReplays(ReplayMemoryCache cache, CatalogVersion catalogVersion, CatalogTelemetry telemetry)
{
    /// <summary>A scenario is a few kilobytes; this bounds the cache to a few megabytes.</summary>
    public const int CacheEntries = 2_000;

    public async Task<List<ClaimFact>> FactsAsync(IQueryable<Claim> claims, CancellationToken cancellationToken)
    {
        var rows = await claims.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                CompanySlug = c.Company == null ? null : c.Company.Slug,
                CompanyName = c.Company == null ? null : c.Company.Name,
                ProjectSlug = c.Project == null ? null : c.Project.Slug,
                ProjectName = c.Project == null ? null : c.Project.Name,
                c.System,
                c.Metric,
                c.Statistic,
                c.Baseline,
                c.Result,
                c.Unit,
                c.StatedChangePercent,
                c.StatedMultiplier,
                c.Bound,
                c.Source.FileName,
                c.LineStart,
                c.LineEnd,
                c.Quote,
            })
            .ToListAsync(cancellationToken);

        // A claim naming both a company and the project it used is about the company's system.
        return rows.Select(r => new ClaimFact(
                r.Id,
                r.CompanySlug ?? r.ProjectSlug,
                r.CompanyName ?? r.ProjectName,
                r.CompanySlug is not null ? SubjectKind.Company : r.ProjectSlug is not null ? SubjectKind.Project : null,
                r.System,
                r.Metric,
                r.Statistic,
                r.Baseline,
                r.Result,
                r.Unit,
                r.StatedChangePercent,
                r.StatedMultiplier,
                r.Bound,
                r.FileName,
                r.LineStart,
                r.LineEnd,
                r.Quote))
            .ToList();
    }

    /// <summary>Replays each group, from the cache where an identical replay of the same catalog was done before.</summary>
    public ReplayResponse Replay(IReadOnlyList<IReadOnlyList<ClaimFact>> groups, ReplayOptions options)
    {
        using var activity = CatalogTelemetry.Activities.StartActivity("replay");
        var stopwatch = Stopwatch.StartNew();
        var scenarios = new Scenario[groups.Count];
        var misses = new List<(int Index, string Key)>();
        for (var i = 0; i < groups.Count; i++)
        {
            var key = CacheKey(groups[i], options, catalogVersion.Current);
            var hit = cache.TryGetValue(key, out Scenario? cached);
            telemetry.CacheLookup("replays", hit);
            if (hit)
            {
                scenarios[i] = cached!;
            }
            else
            {
                misses.Add((i, key));
            }
        }

        var work = new ConcurrentBag<EngineStats>();

        // Each scenario has its own engine and stream, so replaying them side by side changes only the elapsed time. One
        // core is left to the cheap requests beside a replay.
        var parallel = new ParallelOptions
        {
            CancellationToken = options.CancellationToken,
            MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1),
        };
        try
        {
            Parallel.ForEach(misses, parallel, miss =>
            {
                var started = Stopwatch.GetTimestamp();
                var (scenario, engine) = ScenarioReplayer.ReplayGroup(groups[miss.Index], options);
                telemetry.SimulationRun("replay", Stopwatch.GetElapsedTime(started));
                scenarios[miss.Index] = scenario;
                work.Add(engine);
                cache.Set(miss.Key, scenario, new MemoryCacheEntryOptions { Size = 1 });
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is SimulationBudgetExceededException) is { } overBudget)
        {
            // One scenario ran out of the call's budget; the others stop with it, and the caller hears why.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(overBudget);
        }

        return new ReplayResponse(
            scenarios,
            new ReplayEngine(work.Sum(w => w.Runs), work.Sum(w => w.Events), Math.Round(stopwatch.Elapsed.TotalMilliseconds, 3), groups.Count - misses.Count));
    }

    private static string CacheKey(IReadOnlyList<ClaimFact> group, ReplayOptions options, string catalogVersion) =>
        string.Create(CultureInfo.InvariantCulture,
            $"replay|{catalogVersion}|{string.Join(',', group.Select(f => f.Id))}|{options.Seed}|{options.Requests}|{options.LoadFactor:R}|{options.Servers}");
}

/// <summary>The replay cache, separate from any other use of memory caching so its size limit binds only scenarios.</summary>
public sealed class ReplayMemoryCache() : MemoryCache(new MemoryCacheOptions { SizeLimit = ClaimReplays.CacheEntries });
