namespace GoAdoption.Api.Data.Entities;

/// <summary>One place a source names a company or a project: the provenance of everything said about it.</summary>
public sealed class Mention
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    /// <summary>Set when a company is named; exactly one of this and <see cref="ProjectId"/> is set.</summary>
    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public int? ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>The spelling used there (腾讯云, K8S).</summary>
    public required string AsWritten { get; set; }

    /// <summary>1-based, inclusive, of the original file.</summary>
    public int LineStart { get; set; }

    public int LineEnd { get; set; }

    public required string Quote { get; set; }
}
