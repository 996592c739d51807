namespace GoAdoption.Api.Data.Entities;

/// <summary>One field of the fixed taxonomy, kept in step with <c>DomainTaxonomy</c> when the database is migrated.</summary>
public sealed class Domain
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>English name, stored on its own so lists can sort by it in SQL.</summary>
    public required string Name { get; set; }

    /// <summary>Display name per language code.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    public List<Company> Companies { get; } = [];

    public List<Project> Projects { get; } = [];

    public List<UseCase> UseCases { get; } = [];
}
