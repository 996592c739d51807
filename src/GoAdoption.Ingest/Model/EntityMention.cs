namespace GoAdoption.Ingest.Model;

/// <summary>One place a document names an entity.</summary>
/// <param name="Slug">The entity's slug.</param>
/// <param name="AsWritten">The spelling used there (腾讯云, K8S, Faceboook).</param>
/// <param name="At">Lines and quoted passage.</param>
public sealed record EntityMention(string Slug, string AsWritten, Provenance At);
