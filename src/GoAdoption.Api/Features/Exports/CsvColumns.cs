using System.Globalization;
using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Companies;
using GoAdoption.Api.Features.Projects;
using GoAdoption.Api.Features.Sources;
using GoAdoption.Api.Features.UseCases;
using GoAdoption.Api.Infrastructure;

namespace GoAdoption.Api.Features.Exports;

/// <summary>One CSV column: its header and how a list item fills it.</summary>
internal sealed record CsvColumn<T>(string Name, Func<T, string?> Value);

/// <summary>
/// The CSV columns of each export, in order. Names are stable snake_case and documented (README, OpenAPI): rename
/// one and every analyst's script breaks. Figures are in canonical units named by the <c>unit</c> column; numbers use
/// the invariant culture; lists are joined with ';'; enum values are written as the JSON responses write them.
/// </summary>
internal static class CsvColumns
{
    public static readonly IReadOnlyList<CsvColumn<CompanySummary>> Companies =
    [
        new("slug", c => c.Slug),
        new("name", c => c.Name),
        new("kind", c => Wire(c.Kind)),
        new("aliases", c => List(c.Aliases)),
        new("domains", c => List(c.Domains)),
        new("country", c => c.Country),
        new("website", c => c.Website),
        new("source_count", c => Number(c.SourceCount)),
        new("use_case_count", c => Number(c.UseCaseCount)),
    ];

    public static readonly IReadOnlyList<CsvColumn<ProjectSummary>> Projects =
    [
        new("slug", p => p.Slug),
        new("name", p => p.Name),
        new("aliases", p => List(p.Aliases)),
        new("category", p => p.Category),
        new("written_in_go", p => p.WrittenInGo is { } go ? (go ? "true" : "false") : null),
        new("repository", p => p.Repository),
        new("website", p => p.Website),
        new("domains", p => List(p.Domains)),
        new("source_count", p => Number(p.SourceCount)),
        new("use_case_count", p => Number(p.UseCaseCount)),
        new("company_count", p => Number(p.CompanyCount)),
    ];

    public static readonly IReadOnlyList<CsvColumn<UseCaseResponse>> UseCases =
    [
        new("id", u => Number(u.Id)),
        new("system", u => u.System),
        new("summary", u => u.Summary),
        new("company", u => u.Company?.Slug),
        new("company_name", u => u.Company?.Name),
        new("project", u => u.Project?.Slug),
        new("project_name", u => u.Project?.Name),
        new("domain", u => u.Domain),
        new("migrated_from", u => u.MigratedFrom),
        new("source_id", u => Number(u.Source.Id)),
        new("source_file", u => u.Source.FileName),
        new("line_start", u => Number(u.LineStart)),
        new("line_end", u => Number(u.LineEnd)),
        new("quote", u => u.Quote),
    ];

    public static readonly IReadOnlyList<CsvColumn<ClaimResponse>> Claims =
    [
        new("id", c => Number(c.Id)),
        new("company", c => c.Company?.Slug),
        new("company_name", c => c.Company?.Name),
        new("project", c => c.Project?.Slug),
        new("project_name", c => c.Project?.Name),
        new("system", c => c.System),
        new("metric", c => Wire(c.Metric)),
        new("statistic", c => Wire(c.Statistic)),
        new("baseline", c => Number(c.Baseline)),
        new("result", c => Number(c.Result)),
        new("unit", c => Wire(c.Unit)),
        new("stated_change_percent", c => Number(c.StatedChangePercent)),
        new("stated_multiplier", c => Number(c.StatedMultiplier)),
        new("stated_delta", c => Number(c.StatedDelta)),
        new("change_percent", c => Number(c.ChangePercent)),
        new("consistency", c => Wire(c.Consistency)),
        new("cross_source", c => Wire(c.CrossSource)),
        new("migrated_from", c => c.MigratedFrom),
        new("bound", c => Wire(c.Bound)),
        new("source_id", c => Number(c.Source.Id)),
        new("source_file", c => c.Source.FileName),
        new("line_start", c => Number(c.LineStart)),
        new("line_end", c => Number(c.LineEnd)),
        new("quote", c => c.Quote),
        new("restated_lines", c => string.Join(';', c.RestatedAt.Select(s => s.LineStart == s.LineEnd
            ? Number(s.LineStart) : $"{Number(s.LineStart)}-{Number(s.LineEnd)}"))),
    ];

    public static readonly IReadOnlyList<CsvColumn<SourceSummary>> Sources =
    [
        new("id", s => Number(s.Id)),
        new("file_name", s => s.FileName),
        new("title", s => s.Title),
        new("language", s => s.Language),
        new("form", s => s.Form is { } form ? Wire(form) : null),
        new("status", s => Wire(s.Status)),
        new("error", s => s.Error),
        new("imported_at", s => Time(s.ImportedAt)),
        new("last_attempt_at", s => Time(s.LastAttemptAt)),
        new("line_count", s => Number(s.LineCount)),
        new("mention_count", s => Number(s.MentionCount)),
        new("use_case_count", s => Number(s.UseCaseCount)),
        new("warning_count", s => Number(s.WarningCount)),
    ];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Shortest round-trip form: what is read back is the stored double.</summary>
    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> values) => string.Join(';', values);

    private static string? Time(DateTime? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string Wire<TEnum>(TEnum value)
        where TEnum : struct, Enum => WireNames<TEnum>.Of(value);
}
