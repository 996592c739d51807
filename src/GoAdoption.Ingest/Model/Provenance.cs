namespace GoAdoption.Ingest.Model;

/// <summary>
/// Where a fact was read: 1-based, inclusive line numbers of the original file and the text quoted from them.
/// </summary>
public sealed record Provenance(int LineStart, int LineEnd, string Quote);
