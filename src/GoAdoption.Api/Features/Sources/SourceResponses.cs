using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Importing;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Api.Features.Sources;

/// <summary>An imported document in a list.</summary>
/// <param name="Id">Source id.</param>
/// <param name="FileName">File name relative to the imported folder, or as its client named it.</param>
/// <param name="Origin">folder (a file of the documents folder) or upload (sent over HTTP; only the API replaces or removes it).</param>
/// <param name="Title">Title (front matter, first heading or first line).</param>
/// <param name="Language">Language code (en, zh, ko, ja); null when it never imported.</param>
/// <param name="Form">Markdown, flattened web page or plain text; null when it never imported.</param>
/// <param name="Status">Imported; stale (the latest content failed, earlier facts kept); or failed (never imported).</param>
/// <param name="Error">Why the last attempt failed; null after a successful one.</param>
/// <param name="ImportedAt">When the stored facts were written (UTC); null when it never imported.</param>
/// <param name="LastAttemptAt">When the document was last read (UTC).</param>
/// <param name="LineCount">Lines in the file.</param>
/// <param name="MentionCount">Mentions read from it.</param>
/// <param name="UseCaseCount">Use-cases read from it.</param>
/// <param name="WarningCount">Warnings from reading it.</param>
public sealed record SourceSummary(
    int Id,
    string FileName,
    SourceOrigin Origin,
    string Title,
    string? Language,
    DocumentForm? Form,
    SourceStatus Status,
    string? Error,
    DateTime? ImportedAt,
    DateTime LastAttemptAt,
    int LineCount,
    int MentionCount,
    int UseCaseCount,
    int WarningCount);

/// <summary>An imported document with its import state, counts and warnings.</summary>
/// <param name="Id">Source id.</param>
/// <param name="FileName">File name relative to the imported folder, or as its client named it.</param>
/// <param name="Origin">folder (a file of the documents folder) or upload (sent over HTTP; only the API replaces or removes it).</param>
/// <param name="Title">Title.</param>
/// <param name="Language">Language code; null when it never imported.</param>
/// <param name="Form">Markdown, flattened web page or plain text; null when it never imported.</param>
/// <param name="Status">Imported, stale or failed.</param>
/// <param name="Error">Why the last attempt failed; null after a successful one.</param>
/// <param name="ContentHash">SHA-256 of the content whose facts are stored.</param>
/// <param name="ImportedAt">When the stored facts were written (UTC).</param>
/// <param name="LastAttemptAt">When the document was last read (UTC).</param>
/// <param name="LineCount">Lines in the file.</param>
/// <param name="CompanyCount">Distinct companies and products it names.</param>
/// <param name="ProjectCount">Distinct projects it names.</param>
/// <param name="MentionCount">Mentions read from it.</param>
/// <param name="UseCaseCount">Use-cases read from it.</param>
/// <param name="Subject">The company or project the document is about, and why; null when it is about none in particular.</param>
/// <param name="Warnings">What a reader of the import should know.</param>
public sealed record SourceDetail(
    int Id,
    string FileName,
    SourceOrigin Origin,
    string Title,
    string? Language,
    DocumentForm? Form,
    SourceStatus Status,
    string? Error,
    string? ContentHash,
    DateTime? ImportedAt,
    DateTime LastAttemptAt,
    int LineCount,
    int CompanyCount,
    int ProjectCount,
    int MentionCount,
    int UseCaseCount,
    SourceSubject? Subject,
    IReadOnlyList<string> Warnings);

/// <summary>What a document is about: claims and use-cases that name no one else fall back to it.</summary>
/// <param name="Kind">"company" or "project".</param>
/// <param name="Slug">Identifier of the company or project (see <c>/api/v1/companies/{slug}</c>, <c>/api/v1/projects/{slug}</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Reasons">What said so: front matter, title, byline, description, site, recurrence.</param>
public sealed record SourceSubject(string Kind, string Slug, string Name, IReadOnlyList<string> Reasons);

/// <summary>What sending a document did: the import's counts and warnings, and the document as the catalog now has it.</summary>
/// <param name="Outcome">added, updated, or unchanged (the same content was already imported).</param>
/// <param name="Entities">Companies, products and projects the document names.</param>
/// <param name="Mentions">Mentions stored.</param>
/// <param name="UseCases">Use-cases stored.</param>
/// <param name="Claims">Performance claims stored.</param>
/// <param name="Warnings">What a reader of the import should know (names read but not taken, curation applied).</param>
/// <param name="Source">The document's record, as <c>GET /api/v1/sources/{id}</c> answers it.</param>
public sealed record SourceImport(
    ImportOutcome Outcome,
    int Entities,
    int Mentions,
    int UseCases,
    int Claims,
    IReadOnlyList<string> Warnings,
    SourceDetail Source);

/// <summary>What removing a document deleted with it.</summary>
/// <param name="Id">The removed source's id.</param>
/// <param name="FileName">Its name.</param>
/// <param name="Mentions">Its mentions.</param>
/// <param name="UseCases">Its use-cases.</param>
/// <param name="Claims">Its claims.</param>
/// <param name="Companies">Companies no other document names, removed with it.</param>
/// <param name="Projects">Projects no other document names, removed with it.</param>
public sealed record SourceRemoval(int Id, string FileName, int Mentions, int UseCases, int Claims, int Companies, int Projects);
