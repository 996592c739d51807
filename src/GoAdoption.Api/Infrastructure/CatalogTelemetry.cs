using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// What the catalog reports about its own work, beyond the framework's request metrics: documents imported and how long
/// an import took, cache lookups, and simulation runs. Exposed at <c>/metrics</c> in Prometheus format, and as traces
/// when an OTLP endpoint is configured (see README).
/// </summary>
public sealed class CatalogTelemetry
{
    /// <summary>The name of the meter and of the activity source, for the OpenTelemetry registrations.</summary>
    public const string Name = "GoAdoption";

    /// <summary>Spans around imports and simulation runs; static, as an activity source has no factory.</summary>
    public static readonly ActivitySource Activities = new(Name);

    // Seconds, from a quick upload to a large folder's sync or a long replay; the SDK's default bounds are for milliseconds.
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    };

    private readonly Counter<long> _documents;
    private readonly Histogram<double> _importDuration;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _simulations;
    private readonly Histogram<double> _simulationDuration;

    public CatalogTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _documents = meter.CreateCounter<long>("goadoption.import.documents", "{document}",
            "Documents read by an import, by outcome (added, updated, unchanged, removed, rejected, failed).");
        _importDuration = meter.CreateHistogram<double>("goadoption.import.duration", "s",
            "How long an import took, from its request (a wait for another import included) to the settled catalog, by kind (folder, upload).", advice: Seconds);
        _cacheLookups = meter.CreateCounter<long>("goadoption.cache.lookups", "{lookup}",
            "Lookups in the catalog's own caches (list totals, replays), by cache and result (hit, miss).");
        _simulations = meter.CreateCounter<long>("goadoption.simulation.runs", "{run}",
            "Runs of the simulation engine, by kind (simulate, replay).");
        _simulationDuration = meter.CreateHistogram<double>("goadoption.simulation.duration", "s",
            "How long one run of the simulation engine took, by kind.", advice: Seconds);
    }

    public void DocumentRead(string outcome) => _documents.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>
    /// Measures one import of <paramref name="kind"/> (folder, upload) from now, including any wait for another import
    /// to finish: its span, and its duration when the scope is disposed.
    /// </summary>
    public ImportScope Import(string kind, string activity) => new(this, kind, CatalogTelemetry.Activities.StartActivity(activity));

    public readonly struct ImportScope(CatalogTelemetry telemetry, string kind, Activity? activity) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public Activity? Activity => activity;

        public void Dispose()
        {
            telemetry._importDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, new KeyValuePair<string, object?>("kind", kind));
            activity?.Dispose();
        }
    }

    public void CacheLookup(string cache, bool hit) => _cacheLookups.Add(1,
        new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void SimulationRun(string kind, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind);
        _simulations.Add(1, tag);
        _simulationDuration.Record(elapsed.TotalSeconds, tag);
    }
}
