namespace GoAdoption.Api.Data.Entities;

/// <summary>Who uses Go for which system, as one source states it; replaced with its source.</summary>
public sealed class UseCase
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public int? ProjectId { get; set; }

    public Project? Project { get; set; }

    public required string System { get; set; }

    public required string Summary { get; set; }

    public int? DomainId { get; set; }

    public Domain? Domain { get; set; }

    /// <summary>Language the system was moved off, as written (Java, Node.js).</summary>
    public string? MigratedFrom { get; set; }

    /// <summary>Lower-case form of <see cref="MigratedFrom"/> for filtering.</summary>
    public string? MigratedFromKey { get; set; }

    public int LineStart { get; set; }

    public int LineEnd { get; set; }

    public required string Quote { get; set; }
}
