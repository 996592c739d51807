using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GoAdoption.Simulation;

namespace GoAdoption.Bench;

/// <summary>
/// One full simulation run of 1 M requests (2 M events: every request arrives and departs), statistics included.
/// The Events/s column divides that by the median run time.
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 7)]
[MedianColumn]
[MemoryDiagnoser]
[Config(typeof(Config))]
public class SimulationBenchmarks
{
    public const int Requests = 1_000_000;
    public const long EventsPerRun = 2L * Requests;

    private SimulationParameters _parameters = null!;

    public enum Scenario
    {
        /// <summary>DESIGN §6 check case: 8 servers, 18 ms exponential service, ρ = 0.8.</summary>
        MMc8,

        /// <summary>One server near saturation, where the queue is long.</summary>
        MM1Rho09,

        /// <summary>The costliest samplers: lognormal service under bursty arrivals.</summary>
        LogNormalBursty,
    }

    [Params(Scenario.MMc8, Scenario.MM1Rho09, Scenario.LogNormalBursty)]
    public Scenario Case { get; set; }

    [GlobalSetup]
    public void Setup() => _parameters = Case switch
    {
        Scenario.MMc8 => new SimulationParameters
        {
            ArrivalRatePerSecond = 6.4 / 18.0 * 1000.0, Servers = 8, ServiceTimeMs = 18, Requests = Requests,
        },
        Scenario.MM1Rho09 => new SimulationParameters
        {
            ArrivalRatePerSecond = 90, Servers = 1, ServiceTimeMs = 10, Requests = Requests,
        },
        _ => new SimulationParameters
        {
            ArrivalRatePerSecond = 300,
            Servers = 4,
            ServiceTimeMs = 10,
            ServiceDistribution = ServiceDistribution.LogNormal,
            CoefficientOfVariation = 1.0,
            Arrival = ArrivalPattern.Bursty,
            Requests = Requests,
        },
    };

    [Benchmark]
    public SimulationResult Run() => QueueSimulator.Run(_parameters);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new EventsPerSecondColumn());
    }

    private sealed class EventsPerSecondColumn : IColumn
    {
        public string Id => nameof(EventsPerSecondColumn);

        public string ColumnName => "Events/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Events per second at the median run time (2 events per request)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
            return medianNs is > 0 ? $"{EventsPerRun / (medianNs.Value / 1e9) / 1e6:F1} M" : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
