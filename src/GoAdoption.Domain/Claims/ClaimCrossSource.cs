namespace GoAdoption.Domain.Claims;

/// <summary>How a claim stands against what other documents say of the same subject, system and metric.</summary>
public enum ClaimCrossSource
{
    /// <summary>No other document states a comparable figure for the same subject, system and metric.</summary>
#pragma warning disable CA1720 // "single" is the wire name the catalog documents; no type is meant.
    Single,
#pragma warning restore CA1720

    /// <summary>Another document states a figure that agrees (see <see cref="CrossSourceRule"/>).</summary>
    Corroborated,

    /// <summary>Another document states a figure that disagrees.</summary>
    Conflicting,
}
