namespace GoAdoption.Api.Data.Entities;

/// <summary>A piece of software (Kubernetes, etcd, TiKV); shared by every source that mentions it.</summary>
public sealed class Project
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string NameKey { get; set; }

    public string? Category { get; set; }

    /// <summary>Whether the project itself is written in Go; null when unknown.</summary>
    public bool? WrittenInGo { get; set; }

    public string? Description { get; set; }

    /// <summary>Its GitHub repository as owner/name (spiral/roadrunner), when known.</summary>
    public string? Repository { get; set; }

    /// <summary>Its own site's host (prometheus.io), when known.</summary>
    public string? Website { get; set; }

    /// <summary>Maintainer (etcd → coreos); a slug, as the maintainer may not be in the catalog.</summary>
    public string? ParentSlug { get; set; }

    public bool FromGazetteer { get; set; }

    public List<ProjectAlias> Aliases { get; } = [];

    public List<Domain> Domains { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<UseCase> UseCases { get; } = [];

    public List<Claim> Claims { get; } = [];
}

/// <summary>A name of a project as one source gave it.</summary>
public sealed class ProjectAlias
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public int SourceId { get; set; }

    public required string Name { get; set; }

    public required string NameKey { get; set; }
}
