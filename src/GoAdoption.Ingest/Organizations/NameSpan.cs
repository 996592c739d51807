using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Gazetteer;

namespace GoAdoption.Ingest.Organizations;

/// <summary>What a span of a sentence that could name someone turned out to be.</summary>
internal enum SpanKind
{
    /// <summary>An entity the gazetteer or the document's structure already knows.</summary>
    Known,

    /// <summary>A technology: a language, a database, a cloud service… never an adopter.</summary>
    Technology,

    /// <summary>A name nothing knows yet, read from its shape (capitals, a legal suffix, a Latin run inside CJK text).</summary>
    Unknown,

    /// <summary>"we", "our team", 我们: the document's own organization.</summary>
    Self,

    /// <summary>"they", "the company", 他们: the organization named just before.</summary>
    Other,
}

/// <summary>
/// A span [Start, End) of a sentence that may name an organization or a project: what it is, the entity when one is
/// known, a second spelling given beside it ("美团（Meituan）"), and whether a legal suffix is part of it
/// ("Hexact Inc.", "クラスター株式会社").
/// </summary>
internal sealed record NameSpan(int Start, int End, string Text, SpanKind Kind, Located? Known, Technology? Technology,
    string? Alias = null, bool Suffixed = false)
{
    /// <summary>Inside brackets: a gloss of what precedes it ("阿里(OpenYurt 扩展组件)"), not a name of the sentence's own.</summary>
    public bool InBrackets { get; init; }

    public bool IsOrganizationLike => Kind is SpanKind.Unknown || (Kind == SpanKind.Known && Known!.Kind != Model.EntityKind.Project);

    public bool IsProject => Kind == SpanKind.Known && Known!.Kind == Model.EntityKind.Project;
}
