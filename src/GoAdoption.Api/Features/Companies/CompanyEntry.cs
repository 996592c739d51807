namespace GoAdoption.Api.Features.Companies;

/// <summary>A company's list item, with the keys its filters and sorts read.</summary>
internal sealed record CompanyEntry(
    long Id,
    CompanySummary Summary,
    string NameKey,
    IReadOnlyList<string> AliasKeys,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> MigratedFrom);
