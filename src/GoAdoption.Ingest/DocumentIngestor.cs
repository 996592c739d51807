using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest;

/// <summary>
/// The whole pipeline for one document: read (validate, decode, front matter), detect language and form,
/// segment into passages, extract entities, mentions and use-cases. Pure and thread-safe; no I/O.
/// </summary>
public sealed class DocumentIngestor
{
    /// <summary>Reads one document.</summary>
    /// <param name="fileName">Name relative to the seeds folder, used for provenance and reports.</param>
    /// <param name="content">The raw bytes.</param>
    /// <exception cref="DocumentRejectedException">Empty, binary or not valid UTF-8.</exception>
    public IngestedDocument Ingest(string fileName, ReadOnlyMemory<byte> content)
    {
        throw new NotImplementedException("Being written; see issue #2.");
    }
}
