namespace GoAdoption.Api.Data.Entities;

/// <summary>
/// One searchable row: a company, project, use-case, claim or passage with the text search looks in. Derived from
/// the catalog by <see cref="Features.Search.SearchIndexer"/>; the full-text index <c>SearchIndex</c> (FTS5, trigram) is kept in
/// step with this table by triggers, so writing here is all an importer does.
/// </summary>
public sealed class SearchEntry
{
    public int Id { get; set; }

    public SearchHitType Type { get; set; }

    /// <summary>Slug for companies and projects; the id, as text, for use-cases, claims and passages.</summary>
    public required string Key { get; set; }

    /// <summary>The source whose import wrote the row; for companies and projects, the source of their first mention.</summary>
    public int? SourceId { get; set; }

    public int? LineStart { get; set; }

    public int? LineEnd { get; set; }

    /// <summary>Name, or system name; weighted above the body in ranking.</summary>
    public string? Title { get; set; }

    public required string Body { get; set; }
}

public enum SearchHitType
{
    Company,
    Project,
    UseCase,
    Claim,
    Passage,
}
