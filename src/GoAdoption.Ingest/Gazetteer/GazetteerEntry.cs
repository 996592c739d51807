using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Gazetteer;

/// <summary>One curated company, product or project with its names in every script.</summary>
internal sealed record GazetteerEntry(
    string Slug,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    string? Country,
    string? Website,
    IReadOnlyList<string> Domains,
    string? ParentSlug,
    string? Category,
    string? Repository,
    bool? WrittenInGo,
    string? Description,
    bool CaseSensitive)
{
    /// <summary>The canonical name followed by every alias.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
