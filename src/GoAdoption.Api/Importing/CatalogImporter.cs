using System.Globalization;
using System.Security.Cryptography;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Search;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Domain.Claims;
using GoAdoption.Domain.Languages;
using GoAdoption.Ingest;
using GoAdoption.Ingest.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Importing;

/// <summary>
/// Writes documents into the catalog, one transaction per document: the files of a folder (a sync), and documents
/// added, replaced or removed over HTTP, whose bytes the catalog keeps. A document that cannot be read or stored is
/// reported (and, from a folder, recorded on its source); whatever the catalog already held for it is kept. Every write
/// holds the <see cref="ImportLock"/>, and ends by rebuilding what is derived from all documents at once
/// (<see cref="DerivedState"/>).
/// </summary>
public sealed partial class CatalogImporter(
    CatalogDbContext db,
    DocumentIngestor ingestor,
    IOptions<CatalogOptions> options,
    TimeProvider time,
    CatalogVersion version,
    ImportLock importLock,
    CatalogTelemetry telemetry,
    ILogger<CatalogImporter> logger)
{
    // What a document's facts were read with: the importer and the Domain it reads against (the list of languages keys
    // every migrated-from value), so a new build of either re-reads every document.
    private static readonly string AssemblyBuild =
        typeof(DocumentIngestor).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + typeof(ProgrammingLanguages).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    // What this importer's writes named since the derived state was last settled, and whether that state was settled
    // before them (null until the first write): only then do the writes alone say what to rebuild. A state left stale by
    // a killed import is rebuilt whole.
    private TouchedEntities _touched = new();
    private bool? _settledBeforeWrites;

    /// <summary>Syncs the configured seeds folder.</summary>
    public Task<ImportReport> SyncSeedsAsync(CancellationToken cancellationToken = default) =>
        SyncFolderAsync(options.Value.SeedsPath, cancellationToken);

    /// <summary>
    /// Imports every <c>.md</c> and <c>.txt</c> file under <paramref name="folder"/>, then reads again the documents added
    /// over HTTP that an earlier importer read. Files absent from the folder are left in the catalog: several folders may
    /// be synced into one database.
    /// </summary>
    /// <exception cref="ImportBusyException">Another import held the catalog for longer than <see cref="CatalogOptions.ImportWaitSeconds"/>.</exception>
    public async Task<ImportReport> SyncFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        using var measured = telemetry.Import("folder", "import folder");
        await using var held = await importLock.AcquireAsync(cancellationToken);
        var report = await SyncAsync(root, cancellationToken);
        // Also after a sync that changed nothing: an import killed before it finished left the derived state to rebuild.
        await SettleAsync(cancellationToken);
        LogReport(logger, report);
        foreach (var document in report.Documents)
            telemetry.DocumentRead(OutcomeName(document.Outcome));
        measured.Activity?.SetTag("goadoption.documents", report.Documents.Count);
        return report;
    }

    /// <summary>Rebuilds the derived state if an import was killed before it did; nothing else.</summary>
    public async Task RepairAsync(CancellationToken cancellationToken = default)
    {
        await using var held = await importLock.AcquireAsync(cancellationToken);
        await SettleAsync(cancellationToken);
    }

    /// <summary>Adds a document as a client sent it; its name must be new to the catalog.</summary>
    /// <exception cref="CurationException">The operator's curation file is invalid: nothing can be imported.</exception>
    public async Task<SourceWrite> AddAsync(string fileName, byte[] bytes, CancellationToken cancellationToken = default)
    {
        using var measured = telemetry.Import("upload", "import upload");
        await using var held = await importLock.AcquireAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (await db.Sources.AsNoTracking().Where(s => s.FileName == fileName).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken) is { } taken)
            return new SourceWrite(SourceWriteOutcome.NameTaken, taken);
        var result = await ImportAsync(ReaderFor(options.Value.CurationPath), null, fileName, bytes, SourceOrigin.Upload, cancellationToken,
            recordFailures: false);
        await SettleAsync(cancellationToken);
        telemetry.DocumentRead(OutcomeName(result.Outcome));
        return new SourceWrite(SourceWriteOutcome.Done, result.SourceId, result);
    }

    /// <summary>Replaces a document added over HTTP with new content; a rejected one leaves the old in place.</summary>
    /// <exception cref="CurationException">The operator's curation file is invalid: nothing can be imported.</exception>
    public async Task<SourceWrite> ReplaceAsync(int id, byte[] bytes, CancellationToken cancellationToken = default)
    {
        using var measured = telemetry.Import("upload", "import upload");
        await using var held = await importLock.AcquireAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null || source.Origin != SourceOrigin.Upload)
            return new SourceWrite(source is null ? SourceWriteOutcome.NotFound : SourceWriteOutcome.FromFolder, source?.Id);
        var result = await ImportAsync(ReaderFor(options.Value.CurationPath), source, source.FileName, bytes, SourceOrigin.Upload, cancellationToken,
            recordFailures: false);
        await SettleAsync(cancellationToken);
        telemetry.DocumentRead(OutcomeName(result.Outcome));
        return new SourceWrite(SourceWriteOutcome.Done, id, result);
    }

    /// <summary>
    /// Removes a document added over HTTP and every fact only it supported: its mentions, use-cases, claims, aliases and
    /// passages, and the companies and projects nothing else names.
    /// </summary>
    public async Task<SourceWrite> RemoveAsync(int id, CancellationToken cancellationToken = default)
    {
        using var measured = telemetry.Import("upload", "remove upload");
        await using var held = await importLock.AcquireAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null || source.Origin != SourceOrigin.Upload)
            return new SourceWrite(source is null ? SourceWriteOutcome.NotFound : SourceWriteOutcome.FromFolder, source?.Id);

        Removal removal;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await _touched.AddSourceAsync(db, id, cancellationToken);
            var (mentions, useCases, claims) = await DeleteFactsAsync(id, cancellationToken);
            await db.SearchEntries.Where(e => e.SourceId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Sources.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
            var (companies, projects) = await DeleteOrphansAsync(cancellationToken);
            await MarkWrittenAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            removal = new Removal(mentions, useCases, claims, companies, projects);
        }

        await SettleAsync(cancellationToken);
        telemetry.DocumentRead("removed");
        var printable = Printable(source.FileName);
        LogRemoved(logger, printable, removal.Mentions, removal.UseCases, removal.Claims, removal.Companies, removal.Projects);
        return new SourceWrite(SourceWriteOutcome.Done, id, Removed: removal);
    }

    // The metric's label values: lower case, as Prometheus labels usually are.
    private static string OutcomeName(ImportOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private async Task<ImportReport> SyncAsync(string root, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            LogFolderMissing(logger, root);
            return new ImportReport(root, [], $"Folder {root} does not exist; nothing was imported.");
        }

        var (files, folderWarnings) = DocumentFolder.Walk(root);
        foreach (var warning in folderWarnings)
            LogFolderWarning(logger, warning);

        // The curation is read again on every sync, so an edit takes effect without a restart; a broken one stops the sync
        // before anything is touched.
        Reader reader;
        try
        {
            reader = ReaderFor(options.Value.CurationPath);
        }
        catch (CurationException e)
        {
            LogCurationInvalid(logger, e.Message);
            return new ImportReport(root, [], e.Message + Environment.NewLine + "Nothing was imported.");
        }

        // A file named as a document a client sent is not read: the catalog keeps the client's, and the file is reported.
        var uploads = await db.Sources.AsNoTracking().Where(s => s.Origin == SourceOrigin.Upload)
            .ToDictionaryAsync(s => s.FileName, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var results = new List<DocumentImportResult>(files.Count);
        foreach (var (file, skipped) in files)
        {
            var result = uploads.TryGetValue(file, out var upload)
                ? new DocumentImportResult(file, ImportOutcome.Rejected, string.Create(CultureInfo.InvariantCulture,
                    $"Not read: a document of this name was added over HTTP (source {upload}), and the catalog keeps that one; rename the file, or remove the other with DELETE /api/v1/sources/{upload}."),
                    SourceId: upload)
                : skipped is null
                    ? await ImportFileAsync(reader, root, file, cancellationToken)
                    : await RecordFailureAsync(file, ImportOutcome.Rejected, $"Not read: {skipped}.", cancellationToken);
            results.Add(result);
            Log(result);
        }

        // An improved importer reads the documents clients sent as it reads the folder's.
        foreach (var upload in await db.Sources.AsNoTracking()
                     .Where(s => s.Origin == SourceOrigin.Upload && (s.IngestorBuild != reader.Build || s.Status != SourceStatus.Imported))
                     .Select(s => s.Id).ToListAsync(cancellationToken))
        {
            db.ChangeTracker.Clear();
            var source = await db.Sources.Include(s => s.Content).SingleAsync(s => s.Id == upload, cancellationToken);
            var result = await ImportAsync(reader, source, source.FileName, source.Content!.Bytes, SourceOrigin.Upload, cancellationToken);
            results.Add(result);
            Log(result);
        }

        return new ImportReport(root, results) { FolderWarnings = folderWarnings };
    }

    private void Log(DocumentImportResult result)
    {
        var printable = Printable(result.FileName);
        if (result.Outcome is ImportOutcome.Rejected or ImportOutcome.Failed)
            LogDocumentFailed(logger, printable, result.Outcome, result.Reason);
        else
            LogDocument(logger, printable, result.Outcome, result.Entities, result.Mentions, result.UseCases, result.Claims, result.Warnings?.Count ?? 0);
    }

    /// <summary>
    /// Rebuilds, when a change marked it stale, what depends on every document: whether a claim is corroborated, the search
    /// rows of companies and projects (whose aliases come from every document), and the catalog version.
    /// </summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (!await DerivedState.IsStaleAsync(db, cancellationToken))
            return;

        // The writes of this importer alone, when they are all that changed since the last settled state; else everything.
        var only = _settledBeforeWrites == true ? _touched : null;
        await UpdateCrossSourceAsync(only, cancellationToken);
        db.ChangeTracker.Clear();
        await SearchIndexer.IndexEntitiesAsync(db, only, cancellationToken);

        // The new version and the end of the mark are one transaction: no crash leaves one without the other.
        string next;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            next = await CatalogVersion.BumpAsync(db, cancellationToken);
            await DerivedState.MarkFreshAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await version.ChangedAsync(next, cancellationToken);
        _touched = new TouchedEntities();
        _settledBeforeWrites = null;

        // SQLite's write-ahead log holds the import until a checkpoint moves it into the file: after one, the .db file
        // alone is the whole catalog (a copy of it loses nothing), and the log does not grow from import to import.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
    }

    /// <summary>The ingestor a sync reads with, and the build stamp that says which facts it derived.</summary>
    private readonly record struct Reader(DocumentIngestor Ingestor, string Build);

    // A changed curation changes what is read from unchanged files: its hash is part of the build stamp.
    private Reader ReaderFor(string? curationPath)
    {
        if (string.IsNullOrWhiteSpace(curationPath))
            return new Reader(ingestor, AssemblyBuild);
        var curation = Curation.Load(curationPath);
        return new Reader(new DocumentIngestor(curation, options.Value.Limits), Convert.ToHexStringLower(SHA256.HashData(
            System.Text.Encoding.ASCII.GetBytes(AssemblyBuild + curation.Hash)))[..32]);
    }

    private async Task<DocumentImportResult> ImportFileAsync(Reader reader, string root, string fileName, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        byte[] bytes;
        try
        {
            // A pipe or a device has no length, and opening one may wait for a writer forever: nothing of length 0 is opened.
            var path = Path.Combine(root, fileName);
            var length = new FileInfo(path).Length;
            if (length == 0)
                return await RecordFailureAsync(fileName, ImportOutcome.Rejected,
                    "The file is empty (or is not a regular file, such as a pipe or a device); there is nothing to read.", cancellationToken);

            // Over the size limit, the file is not even read into memory.
            options.Value.Limits.CheckSize(fileName, length);
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (DocumentRejectedException e)
        {
            return await RecordFailureAsync(fileName, ImportOutcome.Rejected, e.Reason, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reason a reader of the catalog sees names no server path; the log keeps the whole exception.
            var printable = Printable(fileName);
            LogDocumentError(logger, e, printable);
            var why = e is UnauthorizedAccessException ? "permission denied" : "an input/output error";
            return await RecordFailureAsync(fileName, ImportOutcome.Failed, $"Cannot read the file: {why}.", cancellationToken);
        }

        var source = await db.Sources.SingleOrDefaultAsync(s => s.FileName == fileName, cancellationToken);
        return await ImportAsync(reader, source, fileName, bytes, SourceOrigin.Folder, cancellationToken);
    }

    // A document that fails is recorded on its source, which the next sync tries again (a folder's file, or a client's
    // document read again by a new importer); content a client sends is answered with the reason instead, and the
    // catalog is left as it was.
    private async Task<DocumentImportResult> ImportAsync(
        Reader reader, Source? source, string fileName, byte[] bytes, SourceOrigin origin, CancellationToken cancellationToken,
        bool recordFailures = true)
    {
        Task<DocumentImportResult> Fail(ImportOutcome outcome, string reason) => recordFailures
            ? RecordFailureAsync(fileName, outcome, reason, cancellationToken)
            : Task.FromResult(new DocumentImportResult(fileName, outcome, reason));

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (source is { Status: SourceStatus.Imported } && source.ContentHash == hash && source.IngestorBuild == reader.Build)
            return new DocumentImportResult(fileName, ImportOutcome.Unchanged, SourceId: source.Id);

        IngestedDocument document;
        try
        {
            document = reader.Ingestor.Ingest(fileName, bytes);
        }
        catch (DocumentRejectedException e)
        {
            return await Fail(ImportOutcome.Rejected, e.Reason.Length > 0 ? e.Reason : e.Message);
        }
#pragma warning disable CA1031 // One document's failure, whatever it is, must not stop the others.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogDocumentError(logger, e, Printable(fileName));
            return await Fail(ImportOutcome.Failed, "Reading failed on an error of the importer; the server log has the details.");
        }

        try
        {
            return await StoreAsync(source, fileName, hash, reader.Build, document, origin == SourceOrigin.Upload ? bytes : null, cancellationToken);
        }
#pragma warning disable CA1031 // The transaction is rolled back; the failure is recorded and the next document goes on.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogDocumentError(logger, e, Printable(fileName));
            return await Fail(ImportOutcome.Failed, IsDiskFull(e)
                ? "Storing failed: the disk is full; nothing of the document was changed."
                : "Storing failed; nothing of the document was changed, and the server log has the details.");
        }
    }

    // kept: the bytes to keep in the catalog (a document sent over HTTP); null for a folder's.
    private async Task<DocumentImportResult> StoreAsync(
        Source? source, string fileName, string hash, string build, IngestedDocument document, byte[]? kept, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var warnings = new List<string>(document.Warnings);
        var outcome = source?.ImportedAt is null ? ImportOutcome.Added : ImportOutcome.Updated;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (source is null)
        {
            source = new Source { FileName = fileName, Title = document.Title, Origin = kept is null ? SourceOrigin.Folder : SourceOrigin.Upload };
            db.Sources.Add(source);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            // The document's own facts go; shared entities stay until nothing refers to them.
            await _touched.AddSourceAsync(db, source.Id, cancellationToken);
            await DeleteFactsAsync(source.Id, cancellationToken);
        }

        if (kept is not null)
        {
            await db.SourceContents.Where(c => c.SourceId == source.Id).ExecuteDeleteAsync(cancellationToken);
            db.SourceContents.Add(new SourceContent { SourceId = source.Id, Bytes = kept });
        }

        var writer = new FactWriter(db, source, warnings);
        await writer.WriteAsync(document, cancellationToken);

        source.Title = document.Title;
        source.Language = document.Language;
        source.Form = document.Form;
        source.LineCount = document.LineCount;
        source.ContentHash = hash;
        source.IngestorBuild = build;
        source.ImportedAt = now;
        source.LastAttemptAt = now;
        source.Status = SourceStatus.Imported;
        source.Error = null;
        source.Warnings = warnings;
        await db.SaveChangesAsync(cancellationToken);
        await SearchIndexer.IndexSourceAsync(db, source.Id, cancellationToken);
        await _touched.AddSourceAsync(db, source.Id, cancellationToken);

        await DeleteOrphansAsync(cancellationToken);
        await MarkWrittenAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new DocumentImportResult(fileName, outcome, null, writer.EntityCount, writer.MentionCount, writer.UseCaseCount, warnings,
            writer.ClaimCount, source.Id);
    }

    // EF Core wraps SQLite's error in its own (DbUpdateException): the cause is further down.
    internal static bool IsDiskFull(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_FULL })
                return true;
        }
        return false;
    }

    /// <summary>Deletes what one document stated: mentions, use-cases, claims, aliases and passages.</summary>
    private async Task<(int Mentions, int UseCases, int Claims)> DeleteFactsAsync(int sourceId, CancellationToken cancellationToken)
    {
        var mentions = await db.Mentions.Where(m => m.SourceId == sourceId).ExecuteDeleteAsync(cancellationToken);
        var useCases = await db.UseCases.Where(u => u.SourceId == sourceId).ExecuteDeleteAsync(cancellationToken);
        var claims = await db.Claims.Where(c => c.SourceId == sourceId).ExecuteDeleteAsync(cancellationToken);
        await db.CompanyAliases.Where(a => a.SourceId == sourceId).ExecuteDeleteAsync(cancellationToken);
        await db.ProjectAliases.Where(a => a.SourceId == sourceId).ExecuteDeleteAsync(cancellationToken);
        await db.Passages.Where(p => p.SourceId == sourceId).ExecuteDeleteAsync(cancellationToken);
        return (mentions, useCases, claims);
    }

    /// <summary>
    /// Deletes the companies and projects no document mentions any more; only those the writes named can have become so,
    /// so only they are looked at.
    /// </summary>
    private async Task<(int Companies, int Projects)> DeleteOrphansAsync(CancellationToken cancellationToken)
    {
        var companies = _touched.CompanyIds.ToList();
        var projects = _touched.ProjectIds.ToList();
        return (await db.Companies.Where(c => companies.Contains(c.Id) && !c.Mentions.Any() && !c.UseCases.Any() && !c.Claims.Any())
                .ExecuteDeleteAsync(cancellationToken),
            await db.Projects.Where(p => projects.Contains(p.Id) && !p.Mentions.Any() && !p.UseCases.Any() && !p.Claims.Any())
                .ExecuteDeleteAsync(cancellationToken));
    }

    /// <summary>Marks the derived state stale, in the transaction of a write; the first write notes whether it was settled.</summary>
    private async Task MarkWrittenAsync(CancellationToken cancellationToken)
    {
        _settledBeforeWrites ??= !await DerivedState.IsStaleAsync(db, cancellationToken);
        await DerivedState.MarkStaleAsync(db, cancellationToken);
    }

    /// <summary>
    /// Recomputes the cross-source status (see <see cref="CrossSourceRule"/>) of every claim, or of the claims in the groups
    /// of the companies and projects <paramref name="only"/> names, in one transaction.
    /// </summary>
    private async Task UpdateCrossSourceAsync(TouchedEntities? only, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var scope = db.Claims.AsQueryable();
        if (only is not null)
        {
            var companies = only.CompanyIds.ToList();
            var projects = only.ProjectIds.ToList();
            scope = scope.Where(c => (c.CompanyId != null && companies.Contains(c.CompanyId.Value))
                || (c.CompanyId == null && c.ProjectId != null && projects.Contains(c.ProjectId.Value)));
        }
        var claims = await scope
            .Select(c => new CrossSourceRule.Item(c.Id, c.SourceId, c.Company == null ? null : c.Company.Slug,
                c.Project == null ? null : c.Project.Slug, c.System, c.Metric, c.Statistic, c.Unit, c.Result,
                c.ChangePercent ?? c.StatedChangePercent ?? (c.StatedMultiplier == null ? null : (c.StatedMultiplier - 1) * 100)))
            .ToListAsync(cancellationToken);
        var statuses = CrossSourceRule.Evaluate(claims);
        foreach (var status in Enum.GetValues<ClaimCrossSource>())
        {
            var ids = statuses.Where(s => s.Value == status).Select(s => s.Key).ToList();
            await db.Claims.Where(c => ids.Contains(c.Id) && c.CrossSource != status)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.CrossSource, status), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        var corroborated = statuses.Count(s => s.Value == ClaimCrossSource.Corroborated);
        var conflicting = statuses.Count(s => s.Value == ClaimCrossSource.Conflicting);
        LogCrossSource(logger, claims.Count, corroborated, conflicting);
    }

    private async Task<DocumentImportResult> RecordFailureAsync(
        string fileName, ImportOutcome outcome, string reason, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = time.GetUtcNow().UtcDateTime;
        var source = await db.Sources.SingleOrDefaultAsync(s => s.FileName == fileName, cancellationToken);
        if (source is null)
        {
            source = new Source { FileName = fileName, Title = Path.GetFileName(fileName) };
            db.Sources.Add(source);
        }
        source.Status = source.ImportedAt is null ? SourceStatus.Failed : SourceStatus.Stale;
        source.Error = reason;
        source.LastAttemptAt = now;
        // ContentHash stays that of the stored facts, so the next sync tries this content again. The status is part of
        // what the API shows: the catalog version must change with it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MarkWrittenAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new DocumentImportResult(fileName, outcome, reason, SourceId: source.Id);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem} Nothing was imported.")]
    private static partial void LogCurationInvalid(ILogger logger, string problem);

    // A file name may hold a line break or an escape sequence: logged as printable text, it cannot forge a log line.
    private static string Printable(string name) => string.Concat(name.Select(c => char.IsControl(c) ? '?' : c));

    [LoggerMessage(Level = LogLevel.Error, Message = "{FileName}: import failed")]
    private static partial void LogDocumentError(ILogger logger, Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogFolderWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seeds folder {Folder} does not exist; nothing imported")]
    private static partial void LogFolderMissing(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{FileName}: {Outcome} ({Entities} entities, {Mentions} mentions, {UseCases} use-cases, {Claims} claims, {Warnings} warnings)")]
    private static partial void LogDocument(ILogger logger, string fileName, ImportOutcome outcome, int entities, int mentions, int useCases, int claims, int warnings);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-source check over {Claims} claims: {Corroborated} corroborated, {Conflicting} conflicting")]
    private static partial void LogCrossSource(ILogger logger, int claims, int corroborated, int conflicting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FileName}: {Outcome}: {Reason}")]
    private static partial void LogDocumentFailed(ILogger logger, string fileName, ImportOutcome outcome, string? reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{FileName}: removed ({Mentions} mentions, {UseCases} use-cases, {Claims} claims, {Companies} companies and {Projects} projects no other document names)")]
    private static partial void LogRemoved(ILogger logger, string fileName, int mentions, int useCases, int claims, int companies, int projects);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import finished: {Report}")]
    private static partial void LogReport(ILogger logger, ImportReport report);
}
