using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Search;

/// <summary>Query of <c>GET /api/v1/search</c>.</summary>
public sealed record SearchQuery : ListQuery
{
    /// <summary>
    /// Text to find, 1–200 characters, in any script (腾讯, 지리, geo-fence); words separated by spaces must all occur.
    /// Case is ignored.
    /// </summary>
    /// <remarks>Required: the OpenAPI document says so; the validator answers a missing one.</remarks>
    [FromQuery(Name = "q")]
    [System.ComponentModel.DataAnnotations.Required]
    public string? Q { get; set; }

    /// <summary>Only hits of this type: company, project, use-case, claim or passage.</summary>
    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    /// <summary>Hits come best first: an exact name match, then by relevance (BM25, names weighted above text).</summary>
    public override IReadOnlyList<string> SortKeys() => ["relevance"];
}

/// <summary>One search hit.</summary>
/// <param name="Type">What was found.</param>
/// <param name="Slug">The company's or project's slug (see <c>GET /api/v1/companies/{slug}</c>); absent for other types.</param>
/// <param name="Id">The use-case's, claim's or passage's id (see <c>GET /api/v1/claims/{id}</c>); absent for companies and projects.</param>
/// <param name="Title">The name, or the system's name, when there is one.</param>
/// <param name="Snippet">
/// The text around the match, HTML-escaped, the matched text between <c>&lt;mark&gt;</c> and <c>&lt;/mark&gt;</c>;
/// '…' where it was cut.
/// </param>
/// <param name="Source">The document the hit was read from; for a company or project, the document of its first mention.</param>
/// <param name="LineStart">First line, 1-based, of the original file.</param>
/// <param name="LineEnd">Last line, inclusive.</param>
/// <param name="Url">
/// Where the hit can be read, relative to the API: the company, project, use-case or claim itself, or for a passage
/// its source (the passage is at <paramref name="LineStart"/>–<paramref name="LineEnd"/> of it).
/// </param>
public sealed record SearchHit(
    SearchHitType Type,
    string? Slug,
    int? Id,
    string? Title,
    string Snippet,
    SourceReference? Source,
    int? LineStart,
    int? LineEnd,
    string Url);
