using GoAdoption.Api.Data.Entities;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Api.Contracts;

/// <summary>An imported document in a list.</summary>
/// <param name="Id">Source id.</param>
/// <param name="FileName">File name relative to the imported folder.</param>
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
/// <param name="FileName">File name relative to the imported folder.</param>
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
/// <param name="Warnings">What a reader of the import should know.</param>
public sealed record SourceDetail(
    int Id,
    string FileName,
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
    IReadOnlyList<string> Warnings);
