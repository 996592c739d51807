namespace GoAdoption.Api.Features.Common;

/// <summary>
/// How much of a company's or project's facts its detail shows: the first <see cref="MaxItems"/> use-cases, claims and
/// mentions in document order, with how many there are and the paged lists that hold them all, so one entity named
/// in thousands of places is still a small answer.
/// </summary>
public static class DetailLimits
{
    public const int MaxItems = 100;
}

/// <summary>How many facts the entity has in all; the detail's lists stop at 100 each.</summary>
/// <param name="UseCases">Use-cases.</param>
/// <param name="Claims">Performance claims.</param>
/// <param name="Mentions">Mentions.</param>
public sealed record DetailCounts(int UseCases, int Claims, int Mentions);

/// <summary>The paged lists that hold all of the entity's facts.</summary>
/// <param name="UseCases">Its use-cases (GET, paged).</param>
/// <param name="Claims">Its claims (GET, paged).</param>
/// <param name="Mentions">Its mentions (GET, paged).</param>
public sealed record DetailLinks(string UseCases, string Claims, string Mentions);
