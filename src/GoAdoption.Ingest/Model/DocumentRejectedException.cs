namespace GoAdoption.Ingest.Model;

/// <summary>
/// A document that cannot be imported at all (empty, binary, not UTF-8). The importer reports the reason and moves on.
/// </summary>
public sealed class DocumentRejectedException : Exception
{
    public DocumentRejectedException(string fileName, string reason)
        : base($"{fileName}: {reason}")
    {
        FileName = fileName;
        Reason = reason;
    }

    public DocumentRejectedException()
    {
        FileName = string.Empty;
        Reason = string.Empty;
    }

    public DocumentRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
        Reason = message;
    }

    public string FileName { get; }

    public string Reason { get; }
}
