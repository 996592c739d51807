using GoAdoption.Ingest.Model;

namespace GoAdoption.Api.Data.Entities;

/// <summary>One document, from the documents folder or added over HTTP, and the state of its last import.</summary>
public sealed class Source
{
    public int Id { get; set; }

    /// <summary>
    /// File name relative to the folder it was imported from, or as its client named it; the identity of a document
    /// across imports.
    /// </summary>
    public required string FileName { get; set; }

    /// <summary>Where the document comes from, and so who may replace or remove it.</summary>
    public SourceOrigin Origin { get; set; }

    /// <summary>The bytes of a document added over HTTP (see <see cref="SourceOrigin.Upload"/>); null for a folder's.</summary>
    public SourceContent? Content { get; set; }

    public required string Title { get; set; }

    public string? Language { get; set; }

    public DocumentForm? Form { get; set; }

    public int LineCount { get; set; }

    /// <summary>SHA-256 of the content whose facts are stored; null while no version of the document ever imported.</summary>
    public string? ContentHash { get; set; }

    /// <summary>When the stored facts were written.</summary>
    public DateTime? ImportedAt { get; set; }

    public SourceStatus Status { get; set; }

    /// <summary>Why the last attempt failed; null after a successful one.</summary>
    public string? Error { get; set; }

    public DateTime LastAttemptAt { get; set; }

    /// <summary>
    /// Build of the ingestor that derived the stored facts: an unchanged file is read again only when the ingestor
    /// changed, so improvements to extraction reach documents that did not change.
    /// </summary>
    public string? IngestorBuild { get; set; }

    public List<string> Warnings { get; set; } = [];

    /// <summary>The company the document is about, when its front matter, title, byline or site say; else null.</summary>
    public int? SubjectCompanyId { get; set; }

    public Company? SubjectCompany { get; set; }

    /// <summary>The project the document is about (a README), when it is about one; else null.</summary>
    public int? SubjectProjectId { get; set; }

    public Project? SubjectProject { get; set; }

    /// <summary>What made the subject the subject ("front matter company", "title", "site paypal.com").</summary>
    public List<string> SubjectReasons { get; set; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<UseCase> UseCases { get; } = [];

    public List<Claim> Claims { get; } = [];

    public List<Passage> Passages { get; } = [];
}

public enum SourceOrigin
{
    /// <summary>A file of the documents folder: a sync reads it from there, and editing the file changes it.</summary>
    Folder,

    /// <summary>
    /// Added with <c>POST /api/v1/sources</c>: the catalog keeps its bytes, so it survives a restart and is read again
    /// when the importer changes; only the API replaces or removes it.
    /// </summary>
    Upload,
}

public enum SourceStatus
{
    /// <summary>The latest content is in the catalog.</summary>
    Imported,

    /// <summary>The latest content failed; the facts of an earlier version are kept.</summary>
    Stale,

    /// <summary>No version of the document ever imported.</summary>
    Failed,
}
