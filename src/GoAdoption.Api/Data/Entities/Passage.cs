using GoAdoption.Ingest.Model;

namespace GoAdoption.Api.Data.Entities;

/// <summary>
/// A fact-bearing passage of a source (heading, paragraph, list item, quote, table row), kept so search can answer
/// with the text around a hit and its line; replaced with its source. Code, diagrams and footers are not kept.
/// </summary>
public sealed class Passage
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    public PassageKind Kind { get; set; }

    public int LineStart { get; set; }

    public int LineEnd { get; set; }

    public required string Text { get; set; }
}
