namespace GoAdoption.Ingest;

/// <summary>The operator's curation file as written (YAML, camelCase keys); see README, "Curation".</summary>
internal sealed class CurationFile
{
    /// <summary>Entries to add to the gazetteer or to change: aliases to add, fields to set.</summary>
    public List<CurationEntry>? Entries { get; set; }

    /// <summary>Two names that are one entry: <c>from</c> becomes an alias of <c>into</c>.</summary>
    public List<CurationMerge>? Merge { get; set; }

    /// <summary>Names never recorded as companies (a section title, a person, a product taken for its maker).</summary>
    public List<string>? NotCompanies { get; set; }

    /// <summary>Names never recorded as projects.</summary>
    public List<string>? NotProjects { get; set; }
}

internal sealed class CurationEntry
{
    public string? Name { get; set; }

    /// <summary>company (the default for a new entry), product or project.</summary>
    public string? Kind { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Website { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Country { get; set; }

    /// <summary>Taxonomy slugs; replace the entry's domains.</summary>
    public List<string>? Domains { get; set; }

    /// <summary>The owner's name or slug (a product's company, a project's maintainer).</summary>
    public string? Parent { get; set; }
}

internal sealed class CurationMerge
{
    public string? From { get; set; }

    public string? Into { get; set; }
}
