namespace GoAdoption.Api.Data.Entities;

/// <summary>An organization or one of its products; shared by every source that mentions it.</summary>
public sealed class Company
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Name folded by <see cref="TextKey.Normalize"/> for case- and width-insensitive search.</summary>
    public required string NameKey { get; set; }

    public CompanyKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code, upper case.</summary>
    public string? Country { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    /// <summary>Owner of a product (toutiao → bytedance); a slug, as the owner may not be in the catalog.</summary>
    public string? ParentSlug { get; set; }

    /// <summary>False when only document structure named it.</summary>
    public bool FromGazetteer { get; set; }

    public List<CompanyAlias> Aliases { get; } = [];

    public List<Domain> Domains { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<UseCase> UseCases { get; } = [];

    public List<Claim> Claims { get; } = [];
}

public enum CompanyKind
{
    Company,
    Product,
}

/// <summary>
/// A name of a company as one source gave it. Kept per source so that replacing a document also withdraws the
/// spellings only it used.
/// </summary>
public sealed class CompanyAlias
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int SourceId { get; set; }

    public required string Name { get; set; }

    public required string NameKey { get; set; }
}
