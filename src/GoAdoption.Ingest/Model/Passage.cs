namespace GoAdoption.Ingest.Model;

/// <summary>What a passage is; code, diagrams, link-only lines and footers never yield facts.</summary>
public enum PassageKind
{
    Heading,
    Paragraph,
    ListItem,
    Quote,
    TableHeader,
    TableRow,
    Code,
    Diagram,
    LinkOnly,
    Footer,
    FrontMatter,
}

/// <summary>
/// A unit of text as segmented, with its original line range and the headings it sits under (outermost first).
/// </summary>
/// <param name="Kind">What the passage is.</param>
/// <param name="LineStart">First line, 1-based, of the original file.</param>
/// <param name="LineEnd">Last line, inclusive.</param>
/// <param name="Text">The text, one line of text per original line.</param>
/// <param name="HeadingPath">The headings above it, outermost first.</param>
/// <param name="Entry">The site-template entry the passage describes (a case-study card, a library, a quote's speaker), when it came from one.</param>
/// <param name="Cells">For a table row whose cells are known (a pipe table, a flattened header), where each cell sits in <paramref name="Text"/>.</param>
public sealed record Passage(
    PassageKind Kind,
    int LineStart,
    int LineEnd,
    string Text,
    IReadOnlyList<string> HeadingPath,
    TemplateEntry? Entry = null,
    IReadOnlyList<CellSpan>? Cells = null)
{
    /// <summary>Whether facts may be read from this passage.</summary>
    public bool IsFactBearing => Kind is PassageKind.Heading or PassageKind.Paragraph or PassageKind.ListItem
        or PassageKind.Quote or PassageKind.TableHeader or PassageKind.TableRow;
}

/// <summary>What a site template says a passage is about.</summary>
public enum TemplateEntryKind
{
    /// <summary>A card of organizations that use Go (go.dev's <c>{{projects}}</c>): the name may still turn out to be a project.</summary>
    Organization,

    /// <summary>A library or tool listed as software (go.dev's <c>{{libraries}}</c>, <c>{{toolsblurbs}}</c>).</summary>
    Project,

    /// <summary>A quote; the name is the speaker's organization, when the template gives one.</summary>
    Quote,
}

/// <summary>One entry of a site template block: its name, kind, link and the group it is listed under.</summary>
public sealed record TemplateEntry(TemplateEntryKind Kind, string? Name, string? Url, string? Group, int Line);

/// <summary>Where one table cell sits in its row's text.</summary>
public readonly record struct CellSpan(int Start, int Length)
{
    public int End => Start + Length;
}
