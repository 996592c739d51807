using System.Globalization;
using System.Security.Cryptography;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Api.Search;
using GoAdoption.Ingest;
using GoAdoption.Ingest.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Importing;

/// <summary>
/// Syncs a folder of documents into the catalog, one transaction per document. A document that cannot be read or
/// stored is reported and recorded on its source; whatever the catalog already held for it is kept.
/// </summary>
public sealed partial class CatalogImporter(
    CatalogDbContext db,
    DocumentIngestor ingestor,
    IOptions<CatalogOptions> options,
    TimeProvider time,
    CatalogVersion version,
    ILogger<CatalogImporter> logger)
{
    private static readonly string AssemblyBuild =
        typeof(DocumentIngestor).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Syncs the configured seeds folder.</summary>
    public Task<ImportReport> SyncSeedsAsync(CancellationToken cancellationToken = default) =>
        SyncFolderAsync(options.Value.SeedsPath, cancellationToken);

    /// <summary>
    /// Imports every <c>.md</c> and <c>.txt</c> file under <paramref name="folder"/>. Files absent from the folder are
    /// left in the catalog: several folders may be synced into one database.
    /// </summary>
    public async Task<ImportReport> SyncFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            var missing = new ImportReport(root, [], $"Folder {root} does not exist; nothing was imported.");
            LogFolderMissing(logger, root);
            return missing;
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

        var results = new List<DocumentImportResult>(files.Count);
        foreach (var (file, skipped) in files)
        {
            var result = skipped is null
                ? await ImportFileAsync(reader, root, file, cancellationToken)
                : await RecordFailureAsync(file, ImportOutcome.Rejected, $"Not read: {skipped}.", cancellationToken);
            results.Add(result);
            var printable = Printable(file);
            if (result.Outcome is ImportOutcome.Rejected or ImportOutcome.Failed)
                LogDocumentFailed(logger, printable, result.Outcome, result.Reason);
            else
                LogDocument(logger, printable, result.Outcome, result.Entities, result.Mentions, result.UseCases, result.Claims, result.Warnings?.Count ?? 0);
        }

        // Whether a claim is corroborated depends on every other document, so it is settled once the folder is in; so are
        // the search rows of companies and projects, whose aliases come from every document.
        if (results.Any(r => r.Outcome is ImportOutcome.Added or ImportOutcome.Updated))
        {
            await UpdateCrossSourceAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await SearchIndexer.IndexEntitiesAsync(db, cancellationToken);
        }

        // A failure changes the catalog too: the source's status and error are part of what the API shows.
        if (results.Any(r => r.Outcome != ImportOutcome.Unchanged))
            await version.ChangedAsync(await CatalogVersion.BumpAsync(db, cancellationToken), cancellationToken);

        // The write-ahead log holds the import until a checkpoint moves it into the file: after one, the .db file alone
        // is the whole catalog (a copy of it loses nothing), and the log does not grow from import to import.
        if (results.Any(r => r.Outcome != ImportOutcome.Unchanged))
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);

        var report = new ImportReport(root, results) { FolderWarnings = folderWarnings };
        LogReport(logger, report);
        return report;
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

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var source = await db.Sources.SingleOrDefaultAsync(s => s.FileName == fileName, cancellationToken);
        if (source is { Status: SourceStatus.Imported } && source.ContentHash == hash && source.IngestorBuild == reader.Build)
            return new DocumentImportResult(fileName, ImportOutcome.Unchanged);

        IngestedDocument document;
        try
        {
            document = reader.Ingestor.Ingest(fileName, bytes);
        }
        catch (DocumentRejectedException e)
        {
            return await RecordFailureAsync(fileName, ImportOutcome.Rejected, e.Reason.Length > 0 ? e.Reason : e.Message, cancellationToken);
        }
#pragma warning disable CA1031 // One document's failure, whatever it is, must not stop the others.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            var printable = Printable(fileName);
            LogDocumentError(logger, e, printable);
            return await RecordFailureAsync(fileName, ImportOutcome.Failed, "Reading failed on an error of the importer; the server log has the details.", cancellationToken);
        }

        try
        {
            return await StoreAsync(source, fileName, hash, reader.Build, document, cancellationToken);
        }
#pragma warning disable CA1031 // The transaction is rolled back; the failure is recorded and the next document goes on.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            var printable = Printable(fileName);
            LogDocumentError(logger, e, printable);
            return await RecordFailureAsync(fileName, ImportOutcome.Failed, "Storing failed; nothing of the document was changed, and the server log has the details.", cancellationToken);
        }
    }

    private async Task<DocumentImportResult> StoreAsync(
        Source? source, string fileName, string hash, string build, IngestedDocument document, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var warnings = new List<string>(document.Warnings);
        var outcome = source?.ImportedAt is null ? ImportOutcome.Added : ImportOutcome.Updated;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (source is null)
        {
            source = new Source { FileName = fileName, Title = document.Title };
            db.Sources.Add(source);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            // The document's own facts go; shared entities stay until nothing refers to them.
            await db.Mentions.Where(m => m.SourceId == source.Id).ExecuteDeleteAsync(cancellationToken);
            await db.UseCases.Where(u => u.SourceId == source.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Claims.Where(c => c.SourceId == source.Id).ExecuteDeleteAsync(cancellationToken);
            await db.CompanyAliases.Where(a => a.SourceId == source.Id).ExecuteDeleteAsync(cancellationToken);
            await db.ProjectAliases.Where(a => a.SourceId == source.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Passages.Where(p => p.SourceId == source.Id).ExecuteDeleteAsync(cancellationToken);
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

        await db.Companies.Where(c => !c.Mentions.Any() && !c.UseCases.Any() && !c.Claims.Any()).ExecuteDeleteAsync(cancellationToken);
        await db.Projects.Where(p => !p.Mentions.Any() && !p.UseCases.Any() && !p.Claims.Any()).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new DocumentImportResult(fileName, outcome, null, writer.EntityCount, writer.MentionCount, writer.UseCaseCount, warnings,
            writer.ClaimCount);
    }

    /// <summary>Recomputes every claim's cross-source status (see <see cref="CrossSourceRule"/>) in one transaction.</summary>
    private async Task UpdateCrossSourceAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claims = await db.Claims
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
        // ContentHash stays that of the stored facts, so the next sync tries this content again.
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new DocumentImportResult(fileName, outcome, reason);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Import finished: {Report}")]
    private static partial void LogReport(ILogger logger, ImportReport report);

    internal static string? MigratedFromKey(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLower(CultureInfo.InvariantCulture);
}
