namespace GoAdoption.Api.Importing;

/// <summary>What one sync of a folder did, document by document.</summary>
public sealed record ImportReport(string Folder, IReadOnlyList<DocumentImportResult> Documents, string? Error = null)
{
    /// <summary>What the walk of the folder could not read (a subfolder it may not list, a link to a folder).</summary>
    public IReadOnlyList<string> FolderWarnings { get; init; } = [];

    public int Count(ImportOutcome outcome) => Documents.Count(d => d.Outcome == outcome);

    /// <summary>Whether every document is in the catalog as it is now on disk.</summary>
    public bool Succeeded => Error is null && Documents.All(d => d.Outcome is ImportOutcome.Added or ImportOutcome.Updated or ImportOutcome.Unchanged);

    public override string ToString() =>
        Error ?? $"{Documents.Count} documents from {Folder}: {Count(ImportOutcome.Added)} added, {Count(ImportOutcome.Updated)} updated, "
            + $"{Count(ImportOutcome.Unchanged)} unchanged, {Count(ImportOutcome.Rejected)} rejected, {Count(ImportOutcome.Failed)} failed";
}

/// <param name="FileName">Relative to the folder.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Reason">Why it was rejected or failed.</param>
/// <param name="Entities">Companies, products and projects it names (when imported).</param>
/// <param name="Mentions">Mentions stored (when imported).</param>
/// <param name="UseCases">Use-cases stored (when imported).</param>
/// <param name="Warnings">Warnings from reading and storing it.</param>
/// <param name="Claims">Performance claims stored (when imported).</param>
/// <param name="SourceId">The document's source, when the catalog has one.</param>
public sealed record DocumentImportResult(
    string FileName,
    ImportOutcome Outcome,
    string? Reason = null,
    int Entities = 0,
    int Mentions = 0,
    int UseCases = 0,
    IReadOnlyList<string>? Warnings = null,
    int Claims = 0,
    int? SourceId = null);

/// <summary>What a document added, replaced or removed over HTTP did.</summary>
/// <param name="Outcome">Whether it was done, or why not.</param>
/// <param name="SourceId">The source written, or the one in the way.</param>
/// <param name="Import">The import of the new content (add, replace).</param>
/// <param name="Removed">What went with it (remove).</param>
public sealed record SourceWrite(SourceWriteOutcome Outcome, int? SourceId, DocumentImportResult? Import = null, Removal? Removed = null);

public enum SourceWriteOutcome
{
    /// <summary>Tried: <see cref="SourceWrite.Import"/> says whether the content was stored.</summary>
    Done,

    /// <summary>No source has the id.</summary>
    NotFound,

    /// <summary>Another document has the name.</summary>
    NameTaken,

    /// <summary>The source is a file of the documents folder, which only the folder changes.</summary>
    FromFolder,
}

/// <summary>What removing a document deleted.</summary>
/// <param name="Mentions">Its mentions.</param>
/// <param name="UseCases">Its use-cases.</param>
/// <param name="Claims">Its claims.</param>
/// <param name="Companies">Companies no other document names.</param>
/// <param name="Projects">Projects no other document names.</param>
public sealed record Removal(int Mentions, int UseCases, int Claims, int Companies, int Projects);

public enum ImportOutcome
{
    /// <summary>First import of this file.</summary>
    Added,

    /// <summary>Content changed; its facts were replaced.</summary>
    Updated,

    /// <summary>Same content as last time; nothing was done.</summary>
    Unchanged,

    /// <summary>Not a readable document (empty, binary, not UTF-8).</summary>
    Rejected,

    /// <summary>Reading or storing it failed for another reason.</summary>
    Failed,
}
