namespace GoAdoption.Api.Importing;

/// <summary>
/// Whether this process may write the catalog. A database that is read-only (a read-only file or mount, or
/// <c>Mode=ReadOnly</c> in the connection string) is still served: reads answer, and every import is refused with the
/// reason, which health reports too.
/// </summary>
public sealed class CatalogAccess
{
    private volatile string? _readOnly;

    /// <summary>Why the catalog cannot be written; null when it can.</summary>
    public string? ReadOnlyReason => _readOnly;

    public void SetReadOnly(string reason) => _readOnly = reason;

    /// <exception cref="CatalogReadOnlyException">The catalog is read-only.</exception>
    public void EnsureWritable()
    {
        if (_readOnly is { } reason)
            throw new CatalogReadOnlyException(reason);
    }
}

/// <summary>An import was asked of a catalog this process cannot write.</summary>
public sealed class CatalogReadOnlyException(string reason) : Exception(reason);
