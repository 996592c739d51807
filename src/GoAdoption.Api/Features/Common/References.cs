namespace GoAdoption.Api.Features.Common;

/// <summary>A company, product or project named inside another resource.</summary>
/// <param name="Slug">Identifier used in URLs.</param>
/// <param name="Name">Display name.</param>
public sealed record EntityReference(string Slug, string Name);

/// <summary>The document a fact was read from.</summary>
/// <param name="Id">Source id (see <c>GET /api/v1/sources/{id}</c>).</param>
/// <param name="FileName">File name relative to the imported folder.</param>
/// <param name="Title">Document title.</param>
public sealed record SourceReference(int Id, string FileName, string Title);

/// <summary>One place a document names a company or project: the provenance of what is said about it.</summary>
/// <param name="Source">The document.</param>
/// <param name="AsWritten">The spelling used there.</param>
/// <param name="LineStart">First line, 1-based, of the original file.</param>
/// <param name="LineEnd">Last line, inclusive.</param>
/// <param name="Quote">The text quoted from those lines.</param>
public sealed record MentionResponse(SourceReference Source, string AsWritten, int LineStart, int LineEnd, string Quote);
