using System.Text.RegularExpressions;
using GoAdoption.Ingest.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace GoAdoption.Ingest.Segmentation;

/// <summary>
/// Segments Markdown with Markdig. The whole file is parsed, front matter included, so Markdig's line numbers are
/// the original file's; passage text is rebuilt from the source lines so every offset maps back to a line.
/// </summary>
internal sealed partial class MarkdownSegmenter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    private readonly List<Passage> _passages = [];
    private readonly HeadingStack _headings = new();
    private readonly List<(int Line, IReadOnlyList<string> Path)> _headingsAt = [];
    private readonly string _text;
    private readonly IReadOnlyList<string> _lines;
    private readonly int[] _lineStarts;
    private readonly int _footer;

    private MarkdownSegmenter(string text, IReadOnlyList<string> lines)
    {
        _text = text;
        _lines = lines;
        _footer = FooterFinder.FooterStart(lines, 0);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public static IReadOnlyList<Passage> Segment(IReadOnlyList<string> lines)
    {
        // Site templates hold YAML that Markdown would read as lists; they are read on their own and blanked for Markdig.
        var (blocks, view) = TemplateBlocks.Extract(lines);
        var text = string.Join('\n', view);
        var segmenter = new MarkdownSegmenter(text, view);
        segmenter.Walk(Markdown.Parse(text, Pipeline));
        if (blocks.Count == 0)
        {
            return segmenter._passages;
        }

        foreach (var block in blocks)
        {
            segmenter._passages.AddRange(TemplateBlocks.Read(block, segmenter.HeadingsAt(block.FirstLine)));
        }

        return [.. segmenter._passages.OrderBy(p => p.LineStart)];
    }

    private IReadOnlyList<string> HeadingsAt(int line)
    {
        IReadOnlyList<string> path = [];
        foreach (var (at, headings) in _headingsAt)
        {
            if (at > line)
            {
                break;
            }

            path = headings;
        }

        return path;
    }

    private void Walk(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    Add(PassageKind.FrontMatter, yaml.Line, EndLine(yaml), string.Empty);
                    break;
                case HeadingBlock heading:
                    var headingText = HeadingText(heading);
                    Add(Classify(PassageKind.Heading, heading.Line, headingText), heading.Line, heading.Line, headingText);
                    _headings.Push(heading.Level, headingText);
                    _headingsAt.Add((heading.Line, _headings.Path));
                    break;
                case FencedCodeBlock fenced:
                    var isDiagram = string.Equals(fenced.Info, "mermaid", StringComparison.OrdinalIgnoreCase);
                    Add(isDiagram ? PassageKind.Diagram : PassageKind.Code, fenced.Line, EndLine(fenced), LeafText(fenced));
                    break;
                case CodeBlock code:
                    Add(PassageKind.Code, code.Line, EndLine(code), LeafText(code));
                    break;
                case Table table:
                    AddTable(table);
                    break;
                case ParagraphBlock paragraph:
                    AddParagraph(paragraph);
                    break;
                case ContainerBlock inner:
                    Walk(inner);
                    break;
            }
        }
    }

    private void Add(PassageKind kind, int firstLine, int lastLine, string text) =>
        _passages.Add(new Passage(kind, firstLine + 1, lastLine + 1, text, _headings.Path));

    private void AddParagraph(ParagraphBlock paragraph)
    {
        var kind = paragraph.Parent switch
        {
            ListItemBlock => PassageKind.ListItem,
            QuoteBlock => PassageKind.Quote,
            _ => PassageKind.Paragraph,
        };
        var first = paragraph.Line;
        var last = Math.Max(first, EndLine(paragraph));

        // Markdig drops a paragraph's line group once inlines are parsed; the source lines, less their quote and
        // list markers, keep one text line per original line.
        var text = string.Join('\n', Enumerable.Range(first, last - first + 1).Select(i =>
        {
            var line = QuoteMarks().Replace(_lines[i], string.Empty);
            return (i == first && kind == PassageKind.ListItem ? ListMarker().Replace(line, string.Empty) : line).Trim();
        }));
        if (text.Length == 0)
        {
            return;
        }

        if (kind == PassageKind.Paragraph && LinePatterns.IsLinkOnly(text))
        {
            kind = PassageKind.LinkOnly;
        }

        Add(Classify(kind, first, text), first, last, text);
    }

    private void AddTable(Table table)
    {
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            // Markdig's cells keep their source spans; an escaped \| or a pipe inside `code` stays inside its cell.
            var cells = row.OfType<TableCell>().Select(CellText).ToList();
            var (text, spans) = TableCells.Join(cells);
            var kind = row.IsHeader ? PassageKind.TableHeader : PassageKind.TableRow;
            _passages.Add(new Passage(Classify(kind, row.Line, text), row.Line + 1, row.Line + 1, text, _headings.Path, Cells: spans));
        }
    }

    private string CellText(TableCell cell)
    {
        var start = Math.Clamp(cell.Span.Start, 0, _text.Length);
        var end = Math.Clamp(cell.Span.End + 1, start, _text.Length);
        return _text[start..end].Trim().Trim('|').Trim();
    }

    private PassageKind Classify(PassageKind kind, int line, string text) =>
        line >= _footer || LinePatterns.IsChromeLine(text) ? PassageKind.Footer : kind;

    private int EndLine(Block block)
    {
        var end = Math.Max(block.Span.End, block.Span.Start);
        var index = Array.BinarySearch(_lineStarts, end);
        return index >= 0 ? index : ~index - 1;
    }

    private static string LeafText(LeafBlock leaf) => leaf.Lines.Count == 0
        ? string.Empty
        : string.Join('\n', leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString().Trim()));

    // Markdig hands a heading's text to the inline parser; the source line is the reliable copy.
    private string HeadingText(HeadingBlock heading) =>
        HeadingAttributes().Replace(heading.IsSetext ? _lines[heading.Line].Trim() : AtxMarks().Replace(_lines[heading.Line], string.Empty).Trim(),
            string.Empty).Trim();

    // "## Overview {#overview .sectionHeading}": an attribute list is markup, not part of the heading.
    [GeneratedRegex(@"\s*\{[#.][^{}]*\}\s*$")]
    private static partial Regex HeadingAttributes();

    [GeneratedRegex(@"^\s*(>\s?)+")]
    private static partial Regex QuoteMarks();

    [GeneratedRegex(@"^\s*([-*+]|\d{1,9}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s{0,3}#+\s*|\s+#+\s*$")]
    private static partial Regex AtxMarks();
}
