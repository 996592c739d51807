using System.Text.Json;
using GoAdoption.Api.Contracts;
using GoAdoption.Api.Controllers;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Reading;
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

    public abstract Task WriteAsync(IServiceProvider services, ListQuery filter, ExportFormat format, JsonSerializerOptions json, Stream output, CancellationToken cancellationToken);
}

internal sealed class ExportKind<TFilter, TRow>(
    string name,
    Func<IServiceProvider, TFilter, IAsyncEnumerable<TRow>> rows,
    IReadOnlyList<CsvColumn<TRow>> columns) : ExportKind(name, typeof(TFilter))
    where TFilter : ListQuery
{
    public override IReadOnlyList<string> CsvHeader { get; } = columns.Select(c => c.Name).ToList();

    public override Task WriteAsync(IServiceProvider services, ListQuery filter, ExportFormat format, JsonSerializerOptions json, Stream output, CancellationToken cancellationToken) =>
        ExportWriter.WriteAsync(rows(services, (TFilter)filter), columns, format, json, output, cancellationToken);
}

internal static class CatalogExports
{
    public static readonly ExportKind Companies = new ExportKind<CompanyFilter, CompanySummary>(
        "companies", AllCompanies, CsvColumns.Companies);

    public static readonly ExportKind Projects = new ExportKind<ProjectFilter, ProjectSummary>(
        "projects", (services, f) => CatalogQueries.Projects(Db(services), f).Select(Projections.ProjectSummary).AsAsyncEnumerable(), CsvColumns.Projects);

    public static readonly ExportKind UseCases = new ExportKind<UseCaseFilter, UseCaseResponse>(
        "use-cases", (services, f) => CatalogQueries.UseCases(Db(services), f).Select(Projections.UseCase).AsAsyncEnumerable(), CsvColumns.UseCases);

    public static readonly ExportKind Claims = new ExportKind<ClaimFilter, ClaimResponse>(
        "claims", (services, f) => services.GetRequiredService<ClaimReader>().StreamAsync(f, ClaimScope.All), CsvColumns.Claims);

    public static readonly ExportKind Sources = new ExportKind<SourceFilter, SourceSummary>(
        "sources", (services, f) => CatalogQueries.Sources(Db(services), f).Select(Projections.SourceSummary).AsAsyncEnumerable(), CsvColumns.Sources);

    public static readonly IReadOnlyList<ExportKind> All = [Companies, Projects, UseCases, Claims, Sources];

    public static ExportKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);

    private static async IAsyncEnumerable<CompanySummary> AllCompanies(IServiceProvider services, CompanyFilter filter)
    {
        foreach (var company in await services.GetRequiredService<CatalogSnapshots>().FindCompaniesAsync(filter))
            yield return company;
    }

    private static CatalogDbContext Db(IServiceProvider services) => services.GetRequiredService<CatalogDbContext>();
}
