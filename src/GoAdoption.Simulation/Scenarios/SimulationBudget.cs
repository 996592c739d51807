namespace GoAdoption.Simulation.Scenarios;

/// <summary>
/// How many requests all the runs of one replay may simulate together, calibration probes included: a caller's bound
/// on the work one call can ask for, whatever the number of scenarios it selects. Shared by the scenarios replayed side
/// by side.
/// </summary>
public sealed class SimulationBudget(long requests)
{
    private long _left = requests;

    public long Limit { get; } = requests;

    /// <summary>Takes a run's requests from the budget.</summary>
    /// <exception cref="SimulationBudgetExceededException">The run would take the replay past the budget.</exception>
    public void Charge(int runRequests)
    {
        if (Interlocked.Add(ref _left, -runRequests) < 0)
        {
            throw new SimulationBudgetExceededException(Limit);
        }
    }
}

/// <summary>A replay needed more simulated requests than its <see cref="SimulationBudget"/>.</summary>
public sealed class SimulationBudgetExceededException(long limit)
    : Exception(FormattableString.Invariant($"The replay would simulate more than {limit:N0} requests in all."))
{
    public long Limit { get; } = limit;
}
