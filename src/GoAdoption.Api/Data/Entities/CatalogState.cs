namespace GoAdoption.Api.Data.Entities;

/// <summary>
/// One fact about the catalog as a whole, by key (see <see cref="Importing.DerivedState"/>): written in the transactions
/// of the facts it describes, so it is true whenever they are.
/// </summary>
public sealed class CatalogState
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}
