using System.Text.Json;
using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Companies;
using GoAdoption.Api.Features.Projects;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Features.Sources;
using GoAdoption.Api.Features.UseCases;

namespace GoAdoption.Api.Features.Exports;

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

/// <summary>An export of the list whose reads are <see cref="IListReads{TFilter, TItem}"/>: it answers the rows the list does, in its order.</summary>
internal sealed class ExportKind<TFilter, TRow>(string name, IReadOnlyList<CsvColumn<TRow>> columns) : ExportKind(name, typeof(TFilter))
    where TFilter : ListQuery
{
    public override IReadOnlyList<string> CsvHeader { get; } = columns.Select(c => c.Name).ToList();

    public override Task WriteAsync(IServiceProvider services, ListQuery filter, ExportFormat format, JsonSerializerOptions json, Stream output, CancellationToken cancellationToken) =>
        ExportWriter.WriteAsync(services.GetRequiredService<IListReads<TFilter, TRow>>().StreamAsync((TFilter)filter), columns, format, json, output, cancellationToken);
}

internal static class CatalogExports
{
    public static readonly ExportKind Companies = new ExportKind<CompanyFilter, CompanySummary>("companies", CsvColumns.Companies);

    public static readonly ExportKind Projects = new ExportKind<ProjectFilter, ProjectSummary>("projects", CsvColumns.Projects);

    public static readonly ExportKind UseCases = new ExportKind<UseCaseFilter, UseCaseResponse>("use-cases", CsvColumns.UseCases);

    public static readonly ExportKind Claims = new ExportKind<ClaimFilter, ClaimResponse>("claims", CsvColumns.Claims);

    public static readonly ExportKind Sources = new ExportKind<SourceFilter, SourceSummary>("sources", CsvColumns.Sources);

    public static readonly IReadOnlyList<ExportKind> All = [Companies, Projects, UseCases, Claims, Sources];

    public static ExportKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
