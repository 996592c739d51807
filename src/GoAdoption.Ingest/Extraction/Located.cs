using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Extraction;

/// <summary>An entity found at an offset of a passage's text.</summary>
internal sealed record Located(Passage Passage, int Start, int Length, string AsWritten, string Slug, EntityKind Kind)
{
    public int End => Start + Length;
}
