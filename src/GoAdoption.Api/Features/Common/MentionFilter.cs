namespace GoAdoption.Api.Features.Common;

/// <summary>Paging of <c>GET /api/v1/companies/{slug}/mentions</c> and <c>GET /api/v1/projects/{slug}/mentions</c>, in document order.</summary>
public sealed record MentionFilter : ListQuery
{
    /// <summary>document sorts by file, then line.</summary>
    public override IReadOnlyList<string> SortKeys() => ["document"];
}
