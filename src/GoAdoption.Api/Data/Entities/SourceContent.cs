namespace GoAdoption.Api.Data.Entities;

/// <summary>
/// The bytes of a document added over HTTP. A table of its own, so lists and joins of sources never read documents.
/// </summary>
public sealed class SourceContent
{
    public int SourceId { get; set; }

    public required byte[] Bytes { get; set; }
}
