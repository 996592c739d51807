using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Extraction;

/// <summary>
/// A name read from document structure. Either the gazetteer knows it under a near spelling (<see cref="Known"/>),
/// or it is new, with the kind, country and category its context suggests.
/// </summary>
internal sealed record DiscoveredName(
    string Name,
    EntityKind Kind,
    string? Country,
    string? Category,
    int Line,
    GazetteerEntry? Known)
{
    public string Slug => Known?.Slug ?? Ingest.Slug.From(Name);
}
