using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Extraction;

/// <summary>
/// A name read from a document rather than the gazetteer. Either the gazetteer knows it under a near spelling
/// (<see cref="Known"/>), or it is new, with what the document says of it: kind, country, category, website,
/// repository, other spellings, and a line that describes it.
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

    /// <summary>Bare host of its website, from a link on its name or a site the document names.</summary>
    public string? Website { get; init; }

    /// <summary>owner/name of its GitHub repository, for a project linked there.</summary>
    public string? Repository { get; init; }

    /// <summary>Other spellings the document gives ("메르카리" beside "Mercari", "spf13/cobra" beside "Cobra").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What the document says it is ("an e-book publisher", "핀테크 스타트업"), for its domain.</summary>
    public string? Description { get; init; }
}
