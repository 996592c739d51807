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
public sealed record Passage(
    PassageKind Kind,
    int LineStart,
    int LineEnd,
    string Text,
    IReadOnlyList<string> HeadingPath)
{
    /// <summary>Whether facts may be read from this passage.</summary>
    public bool IsFactBearing => Kind is PassageKind.Heading or PassageKind.Paragraph or PassageKind.ListItem
        or PassageKind.Quote or PassageKind.TableHeader or PassageKind.TableRow;
}
