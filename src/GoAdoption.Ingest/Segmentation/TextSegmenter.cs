using System.Text.RegularExpressions;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Segmentation;

/// <summary>
/// Segments a web page flattened to text, or plain prose, line by line: the markup is gone, so structure is read
/// from the lines themselves ("第一章", "2.1 …", "•" bullets, tables as space-separated rows, unfenced code).
/// </summary>
internal static partial class TextSegmenter
{
    private const int MaxHeadingLength = 60;
    private const int MaxTitleLength = 120;
    private const int MaxTableHeaderLength = 80;

    public static IReadOnlyList<Passage> Segment(IReadOnlyList<string> lines, int firstLine, DocumentForm form)
    {
        var webPage = form == DocumentForm.WebPage;
        var passages = new List<Passage>();
        var headings = new HeadingStack();
        var footer = FooterFinder.FooterStart(lines, firstLine);
        var seenTitle = false;
        var i = firstLine;

        void Add(PassageKind kind, int from, int to, string text) =>
            passages.Add(new Passage(kind, from + 1, to + 1, text, headings.Path));

        void AddCells(PassageKind kind, int at, IEnumerable<string> cells)
        {
            var (text, spans) = TableCells.Join(cells);
            passages.Add(new Passage(kind, at + 1, at + 1, text, headings.Path, Cells: spans));
        }

        while (i < footer)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                i++;
                continue;
            }

            if (LinePatterns.IsChromeLine(line))
            {
                Add(PassageKind.Footer, i, i, line.Trim());
                i++;
                continue;
            }

            if (LinePatterns.IsDiagramStart(line))
            {
                var end = i;
                while (end + 1 < footer && !string.IsNullOrWhiteSpace(lines[end + 1])
                    && LinePatterns.IsDiagramContinuation(lines[end + 1]))
                {
                    end++;
                }

                Add(PassageKind.Diagram, i, end, Join(lines, i, end));
                i = end + 1;
                continue;
            }

            if (LinePatterns.IsCodeStart(line, hashIsComment: webPage))
            {
                var end = i;
                while (end + 1 < footer && !string.IsNullOrWhiteSpace(lines[end + 1])
                    && (LinePatterns.IsCodeContinuation(lines[end + 1], webPage) || lines[end].TrimEnd().EndsWith('\\')))
                {
                    end++;
                }

                Add(PassageKind.Code, i, end, Join(lines, i, end));
                i = end + 1;
                continue;
            }

            if (LinePatterns.IsLinkOnly(line))
            {
                Add(PassageKind.LinkOnly, i, i, line.Trim());
                i++;
                continue;
            }

            if (LinePatterns.IsBullet(line))
            {
                Add(PassageKind.ListItem, i, i, LinePatterns.BulletText(line));
                i++;
                continue;
            }

            if (PlainListItem().IsMatch(line))
            {
                Add(PassageKind.ListItem, i, i, line.Trim());
                i++;
                continue;
            }

            var text = line.Trim();
            var nextBlank = i + 1 >= footer || string.IsNullOrWhiteSpace(lines[i + 1]);
            var prevBlank = i == firstLine || string.IsNullOrWhiteSpace(lines[i - 1]);

            if (HeadingLevel(text, prevBlank, nextBlank, seenTitle, form) is { } level)
            {
                var headingText = AtxMarker().Replace(text, string.Empty);
                Add(PassageKind.Heading, i, i, headingText);
                headings.Push(level, headingText);
                seenTitle = true;
                i++;
                continue;
            }

            if (!nextBlank && TableCells.IsPipeRow(text) && TableCells.IsPipeRow(lines[i + 1]))
            {
                AddCells(PassageKind.TableHeader, i, TableCells.SplitPipes(text));
                var row = i + 1;
                for (; row < footer && TableCells.IsPipeRow(lines[row]); row++)
                {
                    if (!TableCells.IsDelimiterRow(lines[row]))
                    {
                        AddCells(PassageKind.TableRow, row, TableCells.SplitPipes(lines[row]));
                    }
                }

                i = row;
                continue;
            }

            if (!nextBlank && IsTableHeader(text) && IsTableRow(lines[i + 1], webPage))
            {
                AddCells(PassageKind.TableHeader, i, TableCells.SplitFlattenedHeader(Collapse(text)));
                var row = i + 1;
                while (row < footer && IsTableRow(lines[row], webPage))
                {
                    Add(PassageKind.TableRow, row, row, Collapse(lines[row]));
                    row++;
                }

                i = row;
                continue;
            }

            var last = i;
            while (last + 1 < footer && IsParagraphContinuation(lines[last + 1], webPage))
            {
                last++;
            }

            seenTitle = true;
            Add(PassageKind.Paragraph, i, last, Join(lines, i, last));
            i = last + 1;
        }

        for (var f = footer; f < lines.Count; f++)
        {
            if (!string.IsNullOrWhiteSpace(lines[f]))
            {
                Add(PassageKind.Footer, f, f, lines[f].Trim());
            }
        }

        return passages;
    }

    private static int? HeadingLevel(string text, bool prevBlank, bool nextBlank, bool seenTitle, DocumentForm form)
    {
        if (Chapter().IsMatch(text))
        {
            return 1;
        }

        if (NumberedSection().IsMatch(text) && text.Length <= MaxTitleLength && !text.EndsWith('。'))
        {
            return 2;
        }

        if (form == DocumentForm.PlainText && AtxMarker().Match(text) is { Success: true } atx)
        {
            return atx.Value.Trim().Length;
        }

        if (!prevBlank || !nextBlank)
        {
            return null;
        }

        // The first stand-alone line is the page title; it may be long and carry commas.
        if (!seenTitle)
        {
            return text.Length <= MaxTitleLength && !text.EndsWith('。') ? 0 : null;
        }

        return text.Length <= MaxHeadingLength && !LinePatterns.EndsLikeSentence(text)
            && !text.Contains('。', StringComparison.Ordinal) ? 3 : null;
    }

    private static bool IsTableHeader(string text) =>
        text.Length <= MaxTableHeaderLength && !LinePatterns.EndsLikeSentence(text)
        && text.IndexOfAny(['。', '，', '；', '：']) < 0 && WhitespaceRun().Count(text) >= 1;

    private static bool IsTableRow(string line, bool webPage) =>
        !string.IsNullOrWhiteSpace(line) && !LinePatterns.IsBullet(line) && !LinePatterns.IsDiagramStart(line)
        && !LinePatterns.IsCodeStart(line, webPage) && WhitespaceRun().Count(line.Trim()) >= 1
        && !LinePatterns.IsFooterStart(line);

    private static bool IsParagraphContinuation(string line, bool webPage) =>
        !string.IsNullOrWhiteSpace(line) && !LinePatterns.IsBullet(line) && !LinePatterns.IsDiagramStart(line)
        && !LinePatterns.IsCodeStart(line, webPage) && !LinePatterns.IsLinkOnly(line) && !LinePatterns.IsFooterStart(line)
        && !Chapter().IsMatch(line) && !NumberedSection().IsMatch(line.Trim());

    private static string Join(IReadOnlyList<string> lines, int from, int to) =>
        string.Join('\n', Enumerable.Range(from, to - from + 1).Select(k => lines[k].Trim()));

    private static string Collapse(string row) => WhitespaceRun().Replace(row.Trim(), " ");

    [GeneratedRegex(@"^第[一二三四五六七八九十百\d]+[章节部篇]")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^\d+(\.\d+)+\.?\s*\S")]
    private static partial Regex NumberedSection();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex AtxMarker();

    [GeneratedRegex(@"^\s*([-*+]|\d{1,3}[.)])\s+\S")]
    private static partial Regex PlainListItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
