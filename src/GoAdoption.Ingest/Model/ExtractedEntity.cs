namespace GoAdoption.Ingest.Model;

/// <summary>
/// A company, product or project named by a document, normalized to its canonical identity.
/// </summary>
/// <param name="Slug">Lowercase kebab of the canonical name; the identity across documents.</param>
/// <param name="Name">Canonical display name (the gazetteer's, or the name as discovered).</param>
/// <param name="Kind">Company, product or project.</param>
/// <param name="Aliases">Other names: the gazetteer's aliases in every script plus the spellings this document used.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the headquarters, when known.</param>
/// <param name="Website">Bare host of the main website (uber.com), when known.</param>
/// <param name="Domains">Taxonomy slugs (see <see cref="Domain.Taxonomy.DomainTaxonomy"/>) of the industry or field.</param>
/// <param name="ParentSlug">Owner or maintainer: a product's company, a project's company (Toutiao → bytedance, etcd → coreos).</param>
/// <param name="Category">For projects: what it is ("container orchestration", "key-value store").</param>
/// <param name="WrittenInGo">For projects: whether the project itself is written in Go; null when unknown.</param>
/// <param name="Description">One line on what it is, when the gazetteer or the document says.</param>
/// <param name="FromGazetteer">False when the name was read from the document alone (its structure, templates, links or prose).</param>
/// <param name="Repository">owner/name of a project's GitHub repository, when known.</param>
/// <param name="Confidence">How surely the document shows it uses Go (an organization) or is Go software (a project), 0 to 1.</param>
public sealed record ExtractedEntity(
    string Slug,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    string? Country,
    string? Website,
    IReadOnlyList<string> Domains,
    string? ParentSlug,
    string? Category,
    bool? WrittenInGo,
    string? Description,
    bool FromGazetteer,
    string? Repository = null,
    double Confidence = 1);
