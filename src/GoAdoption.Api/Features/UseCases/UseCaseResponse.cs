using GoAdoption.Api.Features.Common;
namespace GoAdoption.Api.Features.UseCases;

/// <summary>Who uses Go for which system, as one document states it.</summary>
/// <param name="Id">Use-case id; stable until its document changes.</param>
/// <param name="System">Name of the system ("Geo-fence service").</param>
/// <param name="Summary">What Go does there, in the document's words.</param>
/// <param name="Company">The company or product that runs it, when stated.</param>
/// <param name="Project">The project involved, when there is one.</param>
/// <param name="Domain">Taxonomy slug of the system's field, when the passage tells.</param>
/// <param name="MigratedFrom">Language the system was moved off, as written (Java, Node.js).</param>
/// <param name="Source">The document.</param>
/// <param name="LineStart">First line, 1-based, of the original file.</param>
/// <param name="LineEnd">Last line, inclusive.</param>
/// <param name="Quote">The text quoted from those lines.</param>
public sealed record UseCaseResponse(
    int Id,
    string System,
    string Summary,
    EntityReference? Company,
    EntityReference? Project,
    string? Domain,
    string? MigratedFrom,
    SourceReference Source,
    int LineStart,
    int LineEnd,
    string Quote);
