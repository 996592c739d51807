using System.Text.Json;
using GoAdoption.Api.Contracts;
using GoAdoption.Api.Controllers;
using GoAdoption.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Export;

/// <summary>
/// One exportable list: its name (the URL segment and the command-line argument), its filter, and how its rows are
/// queried (the list's own query and projection, unpaged, streamed) and written.
/// </summary>
internal abstract class ExportKind(string name, Type filterType)
{
    public string Name { get; } = name;

    public Type FilterType { get; } = filterType;

    /// <summary>Header names of the CSV format, in order.</summary>
    public abstract IReadOnlyList<string> CsvHeader { get; }

    public abstract Task WriteAsync(CatalogDbContext db, ListQuery filter, ExportFormat format, JsonSerializerOptions json, Stream output, CancellationToken cancellationToken);
}

internal sealed class ExportKind<TFilter, TRow>(
    string name,
    Func<CatalogDbContext, TFilter, IQueryable<TRow>> rows,
    IReadOnlyList<CsvColumn<TRow>> columns) : ExportKind(name, typeof(TFilter))
    where TFilter : ListQuery
{
    public override IReadOnlyList<string> CsvHeader { get; } = columns.Select(c => c.Name).ToList();

    public override Task WriteAsync(CatalogDbContext db, ListQuery filter, ExportFormat format, JsonSerializerOptions json, Stream output, CancellationToken cancellationToken) =>
        ExportWriter.WriteAsync(rows(db, (TFilter)filter).AsAsyncEnumerable(), columns, format, json, output, cancellationToken);
}

internal static class CatalogExports
{
    public static readonly ExportKind Companies = new ExportKind<CompanyFilter, CompanySummary>(
        "companies", (db, f) => CatalogQueries.Companies(db, f).Select(Projections.CompanySummary), CsvColumns.Companies);

    public static readonly ExportKind Projects = new ExportKind<ProjectFilter, ProjectSummary>(
        "projects", (db, f) => CatalogQueries.Projects(db, f).Select(Projections.ProjectSummary), CsvColumns.Projects);

    public static readonly ExportKind UseCases = new ExportKind<UseCaseFilter, UseCaseResponse>(
        "use-cases", (db, f) => CatalogQueries.UseCases(db, f).Select(Projections.UseCase), CsvColumns.UseCases);

    public static readonly ExportKind Claims = new ExportKind<ClaimFilter, ClaimResponse>(
        "claims", (db, f) => CatalogQueries.Claims(db, f).Select(Projections.Claim), CsvColumns.Claims);

    public static readonly ExportKind Sources = new ExportKind<SourceFilter, SourceSummary>(
        "sources", (db, f) => CatalogQueries.Sources(db, f).Select(Projections.SourceSummary), CsvColumns.Sources);

    public static readonly IReadOnlyList<ExportKind> All = [Companies, Projects, UseCases, Claims, Sources];

    public static ExportKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
