using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Sources;

// ToLower() in these queries becomes SQL lower(), run by the database (see TextKey.LikePattern): no .NET culture applies.
#pragma warning disable CA1304, CA1311

/// <summary>The source list's reads: its filter and sort as one EF Core query.</summary>
internal sealed class SourceReads(CatalogDbContext db) : QueryReads<Source, SourceFilter, SourceSummary>(Projections.SourceSummary)
{
    protected override IOrderedQueryable<Source> Query(SourceFilter filter)
    {
        var query = db.Sources.AsNoTracking();
        if (filter.Status is { } status)
        {
            var wanted = Enum.Parse<SourceStatus>(status, ignoreCase: true);
            query = query.Where(s => s.Status == wanted);
        }
        if (filter.Language is { } language)
            query = query.Where(s => s.Language == language);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = TextKey.LikePattern(filter.Q);
            query = query.Where(s => EF.Functions.Like(s.FileName.ToLower(), pattern, TextKey.LikeEscape) || EF.Functions.Like(s.Title.ToLower(), pattern, TextKey.LikeEscape));
        }

        var (sort, descending) = filter.SortOrder();
        var ordered = sort switch
        {
            "title" => query.OrderBy(s => s.Title.ToLower(), descending),
            "importedAt" => query.OrderBy(s => s.ImportedAt, descending),
            "mentionCount" => query.OrderBy(s => s.Mentions.Count, descending),
            _ => query.OrderBy(s => s.FileName, descending),
        };
        return ordered.ThenBy(s => s.Id);
    }
}
