using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Search;

/// <summary>Full-text search across the catalog and the documents' text.</summary>
[Route("api/v1/search")]
public sealed class SearchController(CatalogDbContext db) : CatalogControllerBase
{
    /// <summary>Searches companies, projects, use-cases, claims and source passages, in any script.</summary>
    /// <remarks>
    /// Matches substrings, ignoring case: <c>q=腾讯</c>, <c>q=지리</c>, <c>q=geo-fence</c>. Words separated by spaces must
    /// all occur. Companies and projects are found by their names and aliases in every script, use-cases by system
    /// and summary, claims by their quote, passages (headings, paragraphs, list items, table rows of every imported
    /// document) by their text. Hits come best first: an exact name match, then BM25 relevance with names weighted
    /// above text. Queries whose words all have three or more characters use the trigram index; a shorter word (most
    /// two-character Chinese and Korean words) is found by a scan of the same text, ordered by exact name, name
    /// match, then companies, projects, use-cases, claims, passages. Each hit has its type, slug (companies,
    /// projects) or id (the rest), an HTML-escaped snippet with <c>&lt;mark&gt;</c> around the match, and its
    /// source document and lines.
    /// </remarks>
    /// <param name="query">Text, type filter and paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of hits.</response>
    /// <response code="400"><c>q</c> is missing, blank or longer than 200 characters, or another parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<SearchHit>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<SearchHit>>> Search([FromQuery] SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // A page past int.MaxValue rows is past the end all the same; the clamp keeps the offset in range.
        var skip = (int)Math.Min((long)(query.Page - 1) * query.PageSize, int.MaxValue);
        var (hits, total) = await CatalogSearch.SearchAsync(db, query.Q!, WireNames<SearchHitType>.Parse(query.Type), skip, query.PageSize, cancellationToken);
        return ToPage(hits, query, total);
    }
}
