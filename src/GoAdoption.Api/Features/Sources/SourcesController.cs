using System.Globalization;
using FluentValidation;
using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Importing;
using GoAdoption.Api.Security;
using GoAdoption.Ingest;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Features.Sources;

/// <summary>The documents of the catalog and the state of their import; documents added, replaced and removed over HTTP.</summary>
[Route("api/v1/sources")]
public sealed class SourcesController(CatalogDbContext db, IListReads<SourceFilter, SourceSummary> sources) : CatalogControllerBase
{
    /// <summary>Lists documents with their import status and counts.</summary>
    /// <remarks>Sort keys: name (file name), title, importedAt, mentionCount; prefix with '-' for descending.</remarks>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of documents.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<SourceSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<SourceSummary>>> List([FromQuery] SourceFilter filter, CancellationToken cancellationToken)
    {
        return await ToPageAsync(sources, filter, cancellationToken);
    }

    /// <summary>Gets one document: title, language, import state, counts and warnings.</summary>
    /// <remarks>A document that failed to import again keeps its earlier facts: <c>status</c> is then stale and <c>error</c> says why.</remarks>
    /// <param name="id">Source id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The document's import record.</response>
    /// <response code="404">No source has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<SourceDetail>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<SourceDetail>> Get(int id, CancellationToken cancellationToken)
    {
        var source = await DetailAsync(id, cancellationToken);
        return source is null ? NotFoundProblem("source", id.ToString(CultureInfo.InvariantCulture)) : source;
    }

    /// <summary>Adds a document: imports it at once and keeps its bytes, so it survives restarts and re-syncs.</summary>
    /// <remarks>
    /// Send Markdown or text as the body (<c>text/markdown</c>, <c>text/plain</c>) with <c>?fileName=notes.md</c>, or a
    /// <c>multipart/form-data</c> form whose <c>file</c> part holds it. The name must be new to the catalog. Needs a key
    /// with the write scope. A document the importer rejects (too large, not text, too dense) is answered 422 with the
    /// reason, and nothing is stored.
    /// </remarks>
    /// <param name="fileName">The document's name (.md or .txt); for a form, defaults to the file part's name.</param>
    /// <param name="importer">Writes the catalog.</param>
    /// <param name="validator">Checks the name and the body.</param>
    /// <param name="options">The size limit.</param>
    /// <param name="cancellationToken">Stops reading the body when the client goes away.</param>
    /// <response code="201">Imported: counts, warnings and the new source.</response>
    /// <response code="400">No name, a name that is not a plain .md or .txt file name, an empty body or a malformed form.</response>
    /// <response code="401">No API key, or one this API does not know.</response>
    /// <response code="403">The key may only read.</response>
    /// <response code="409">A document of this name is already in the catalog.</response>
    /// <response code="413">The document is over Catalog:Limits:MaxBytes.</response>
    /// <response code="415">The body is neither text nor a form.</response>
    /// <response code="422">The importer rejected the document; <c>errors.body</c> says why.</response>
    /// <response code="503">Another import is writing the catalog, or the operator's curation file is invalid; retry later.</response>
    [HttpPost]
    [Authorize(Policy = ApiScopes.WritePolicy)]
    [DocumentBody]
    [ProducesResponseType<SourceImport>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<ActionResult<SourceImport>> Add(
        [FromQuery] string? fileName,
        [FromServices] CatalogImporter importer,
        [FromServices] IValidator<DocumentUpload> validator,
        [FromServices] IOptions<CatalogOptions> options,
        CancellationToken cancellationToken)
    {
        var (upload, error) = await DocumentUploads.ReadAsync(Request, fileName, options.Value.Limits.MaxBytes, cancellationToken);
        if (error is not null)
            return FieldProblem(error.Status, error.Field, error.Message);
        if (await InvalidAsync(validator, upload!, cancellationToken) is { } invalid)
            return invalid;

        var write = await WriteAsync(() => importer.AddAsync(upload!.FileName, upload.Content, cancellationToken));
        if (write.Result is not null)
            return write.Result;
        if (write.Value!.Outcome == SourceWriteOutcome.NameTaken)
            return FieldProblem(StatusCodes.Status409Conflict, "fileName", string.Create(CultureInfo.InvariantCulture,
                $"A document named '{upload!.FileName}' is already in the catalog (source {write.Value.SourceId}); replace it with PUT /api/v1/sources/{write.Value.SourceId}, or choose another name."));
        var answer = await ImportAnswerAsync(write.Value.Import!, cancellationToken);
        return answer.Value is { } imported
            ? CreatedAtAction(nameof(Get), new { id = imported.Source.Id }, imported)
            : answer;
    }

    /// <summary>Replaces the content of a document added over HTTP; its facts are read again from the new content.</summary>
    /// <remarks>
    /// The body is sent as for POST; the name stays the document's. Content the importer rejects is answered 422, and
    /// the document keeps its earlier content and facts. A file of the documents folder is changed in the folder, not here (409).
    /// </remarks>
    /// <param name="id">Source id.</param>
    /// <param name="fileName">Optional; when given, it must be the document's own name.</param>
    /// <param name="importer">Writes the catalog.</param>
    /// <param name="validator">Checks the body.</param>
    /// <param name="options">The size limit.</param>
    /// <param name="cancellationToken">Stops reading the body when the client goes away.</param>
    /// <response code="200">Imported (or unchanged: the same content): counts, warnings and the source.</response>
    /// <response code="400">An empty body, a malformed form, or a name other than the document's.</response>
    /// <response code="401">No API key, or one this API does not know.</response>
    /// <response code="403">The key may only read.</response>
    /// <response code="404">No source has this id.</response>
    /// <response code="409">The source is a file of the documents folder.</response>
    /// <response code="413">The document is over Catalog:Limits:MaxBytes.</response>
    /// <response code="415">The body is neither text nor a form.</response>
    /// <response code="422">The importer rejected the new content; <c>errors.body</c> says why.</response>
    /// <response code="503">Another import is writing the catalog, or the operator's curation file is invalid; retry later.</response>
    [HttpPut("{id:int}")]
    [Authorize(Policy = ApiScopes.WritePolicy)]
    [DocumentBody]
    [ProducesResponseType<SourceImport>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<ActionResult<SourceImport>> Replace(
        int id,
        [FromQuery] string? fileName,
        [FromServices] CatalogImporter importer,
        [FromServices] IValidator<DocumentUpload> validator,
        [FromServices] IOptions<CatalogOptions> options,
        CancellationToken cancellationToken)
    {
        // A source's name never changes, so it may be read before the import takes the lock.
        var name = await db.Sources.AsNoTracking().Where(s => s.Id == id).Select(s => s.FileName).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
            return NotFoundProblem("source", id.ToString(CultureInfo.InvariantCulture));
        var (upload, error) = await DocumentUploads.ReadAsync(Request, fileName, options.Value.Limits.MaxBytes, cancellationToken);
        if (error is not null)
            return FieldProblem(error.Status, error.Field, error.Message);
        if (upload!.FileName.Length > 0 && (fileName is not null || Request.HasFormContentType) && upload.FileName != name)
            return FieldProblem(StatusCodes.Status400BadRequest, "fileName",
                $"A document keeps its name ('{name}'); to rename it, add it under the new name and remove this one.");
        upload = upload with { FileName = name };
        if (await InvalidAsync(validator, upload, cancellationToken) is { } invalid)
            return invalid;

        var write = await WriteAsync(() => importer.ReplaceAsync(id, upload.Content, cancellationToken));
        return write.Result ?? write.Value!.Outcome switch
        {
            SourceWriteOutcome.NotFound => NotFoundProblem("source", id.ToString(CultureInfo.InvariantCulture)),
            SourceWriteOutcome.FromFolder => FromFolderProblem(id, name),
            _ => await ImportAnswerAsync(write.Value.Import!, cancellationToken),
        };
    }

    /// <summary>Removes a document added over HTTP, and every fact only it supported.</summary>
    /// <remarks>
    /// Its mentions, use-cases, claims, aliases and passages go, and so do the companies and projects no other document
    /// names; what other documents also say stays. A file of the documents folder is removed from the folder (409).
    /// </remarks>
    /// <param name="id">Source id.</param>
    /// <param name="importer">Writes the catalog.</param>
    /// <param name="cancellationToken">Stops waiting for another import when the client goes away.</param>
    /// <response code="200">Removed: what went with it.</response>
    /// <response code="401">No API key, or one this API does not know.</response>
    /// <response code="403">The key may only read.</response>
    /// <response code="404">No source has this id.</response>
    /// <response code="409">The source is a file of the documents folder.</response>
    /// <response code="503">Another import is writing the catalog; retry later.</response>
    [HttpDelete("{id:int}")]
    [Authorize(Policy = ApiScopes.WritePolicy)]
    [ProducesResponseType<SourceRemoval>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<ActionResult<SourceRemoval>> Remove(int id, [FromServices] CatalogImporter importer, CancellationToken cancellationToken)
    {
        var name = await db.Sources.AsNoTracking().Where(s => s.Id == id).Select(s => s.FileName).SingleOrDefaultAsync(cancellationToken);
        var write = await WriteAsync(() => importer.RemoveAsync(id, cancellationToken));
        if (write.Result is not null)
            return write.Result;
        return write.Value!.Outcome switch
        {
            SourceWriteOutcome.NotFound => NotFoundProblem("source", id.ToString(CultureInfo.InvariantCulture)),
            SourceWriteOutcome.FromFolder => FromFolderProblem(id, name ?? ""),
            _ => new SourceRemoval(id, name ?? "", write.Value.Removed!.Mentions, write.Value.Removed.UseCases, write.Value.Removed.Claims,
                write.Value.Removed.Companies, write.Value.Removed.Projects),
        };
    }

    private Task<SourceDetail?> DetailAsync(int id, CancellationToken cancellationToken) =>
        db.Sources.AsNoTracking().Where(s => s.Id == id).Select(Projections.SourceDetail).SingleOrDefaultAsync(cancellationToken);

    private async Task<ActionResult?> InvalidAsync(IValidator<DocumentUpload> validator, DocumentUpload upload, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(upload, cancellationToken);
        foreach (var failure in result.Errors)
            ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);
        return result.IsValid ? null : ModelStateProblem(StatusCodes.Status400BadRequest);
    }

    // An import the importer refused is the document's fault (422); one it failed to store is the server's.
    private async Task<ActionResult<SourceImport>> ImportAnswerAsync(DocumentImportResult import, CancellationToken cancellationToken)
    {
        if (import.Outcome == ImportOutcome.Rejected)
            return FieldProblem(StatusCodes.Status422UnprocessableEntity, "body", $"The document was not imported: {import.Reason}");
        if (import.Outcome == ImportOutcome.Failed || import.SourceId is not { } id || await DetailAsync(id, cancellationToken) is not { } source)
            return Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Import failed", detail: import.Reason);
        return new SourceImport(import.Outcome, import.Entities, import.Mentions, import.UseCases, import.Claims, import.Warnings ?? [], source);
    }

    private async Task<ActionResult<SourceWrite>> WriteAsync(Func<Task<SourceWrite>> write)
    {
        try
        {
            return await write();
        }
        catch (ImportBusyException e)
        {
            Response.Headers.RetryAfter = e.Seconds.ToString(CultureInfo.InvariantCulture);
            return Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Catalog busy", detail: e.Message);
        }
        catch (CatalogReadOnlyException e)
        {
            return Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Catalog is read-only", detail: e.Message);
        }
        catch (CurationException e)
        {
            return Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Imports are stopped",
                detail: $"The operator's curation file is invalid, so nothing can be imported until it is fixed: {e.Message}");
        }
    }

    private ObjectResult FromFolderProblem(int id, string name) => FieldProblem(StatusCodes.Status409Conflict, "id", string.Create(CultureInfo.InvariantCulture,
        $"Source {id} ('{name}') is a file of the documents folder: change or delete the file there, and the next sync follows."));
}
