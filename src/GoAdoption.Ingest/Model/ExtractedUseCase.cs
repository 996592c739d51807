namespace GoAdoption.Ingest.Model;

/// <summary>Who uses Go for what: one company's (or project's) system, as a document states it.</summary>
/// <param name="CompanySlug">The company or product that runs the system; null for a project-only statement.</param>
/// <param name="ProjectSlug">The project involved (the one used, or the one the system is), when there is one.</param>
/// <param name="System">Name of the system ("Geo-fence service", "Schemaless worker nodes", "TARS framework (Go edition)").</param>
/// <param name="Summary">What Go does there, in the document's words, trimmed to one sentence.</param>
/// <param name="Domain">Taxonomy slug of the system's field, when the passage says enough to tell.</param>
/// <param name="MigratedFrom">The language the system was moved off (Java, Python, Node.js, C++), when stated.</param>
/// <param name="At">Lines and quoted passage.</param>
public sealed record ExtractedUseCase(
    string? CompanySlug,
    string? ProjectSlug,
    string System,
    string Summary,
    string? Domain,
    string? MigratedFrom,
    Provenance At);
