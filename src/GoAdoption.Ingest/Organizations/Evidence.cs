namespace GoAdoption.Ingest.Organizations;

/// <summary>Why a name is taken to be an organization that uses Go (or a project written in or used with Go).</summary>
public enum EvidenceKind
{
    /// <summary>The document is about it (front matter, title, byline, site name, recurrence).</summary>
    Subject,

    /// <summary>A site template's card of Go users lists it.</summary>
    TemplateCard,

    /// <summary>A quote about Go is attributed to someone of it.</summary>
    QuoteSpeaker,

    /// <summary>A sentence says it uses, adopted, chose, moved to or rewrote in Go.</summary>
    Adoption,

    /// <summary>A sentence says Go (or a Go project) is used or built by it ("used by X", "被 X 采用", "developed by X").</summary>
    Agent,

    /// <summary>It is one of a list of organizations a sentence says use Go ("companies such as A, B and C").</summary>
    Enumeration,

    /// <summary>A sentence says Go or a Go project was created there ("Go was created at X", "구글이 만든 언어").</summary>
    Creation,

    /// <summary>A sentence says it uses a project written in Go ("YouTube uses Vitess").</summary>
    UsesGoProject,

    /// <summary>The document's structure lists it as a user of Go (a numbered list under a "companies using Go" heading).</summary>
    Structure,

    /// <summary>A link to its repository, or a library list, names it as software.</summary>
    Software,

    /// <summary>A performance figure is stated about it.</summary>
    ClaimOwner,
}

/// <summary>One piece of evidence: what was read, where, and how much it is worth.</summary>
/// <param name="Kind">What was read.</param>
/// <param name="Confidence">From 0 to 1: how surely this alone makes the name a Go adopter.</param>
/// <param name="Line">The 1-based line it was read on.</param>
/// <param name="Quote">The words it was read from, trimmed.</param>
public sealed record Evidence(EvidenceKind Kind, double Confidence, int Line, string Quote)
{
    /// <summary>Below this, a name found in a document is reported as a warning on the source, not kept as a company.</summary>
    public const double Threshold = 0.6;

    private const int MaxQuote = 160;

    public static Evidence Of(EvidenceKind kind, double confidence, int line, string quote) =>
        new(kind, confidence, line, quote.Length > MaxQuote ? quote[..MaxQuote].TrimEnd() + "…" : quote.Trim());
}
