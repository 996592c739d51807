using System.Text.RegularExpressions;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Segmentation;

namespace GoAdoption.Ingest.Reading;

/// <summary>Tells Markdown from a flattened web page from plain prose.</summary>
internal static partial class FormDetector
{
    /// <param name="source">The decoded text.</param>
    /// <param name="frontMatter">Its front matter, if any.</param>
    /// <param name="fileName">The file's name: a <c>.md</c> file says it is Markdown, however little markup a short one has.</param>
    public static DocumentForm Detect(SourceText source, FrontMatter frontMatter, string fileName = "")
    {
        if (frontMatter.LastLine > 0)
        {
            return DocumentForm.Markdown;
        }

        int headings = 0, listItems = 0, webMarkers = 0;
        foreach (var line in source.Lines)
        {
            if (AtxHeading().IsMatch(line) || TableCells.IsDelimiterRow(line))
            {
                headings++;
            }
            else if (MarkdownListItem().IsMatch(line) || line.StartsWith('>'))
            {
                listItems++;
            }

            if (LinePatterns.IsWebMarker(line))
            {
                webMarkers++;
            }
        }

        // One stray "# comment" line does not make Markdown; web pages keep shell comments that look like headings.
        if (webMarkers > 0 && headings < 2)
        {
            return DocumentForm.WebPage;
        }

        // A page saved as .md is still a page when it reads like one; otherwise the name says Markdown, however little
        // markup a short note has.
        if (headings >= 2 || (headings >= 1 && listItems >= 2) || listItems >= 3
            || (webMarkers == 0 && (fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))))
        {
            return DocumentForm.Markdown;
        }

        return webMarkers > 0 ? DocumentForm.WebPage : DocumentForm.PlainText;
    }

    [GeneratedRegex(@"^#{1,6}\s+\S")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s{0,3}([-*+]|\d{1,3}[.)])\s+\S")]
    private static partial Regex MarkdownListItem();
}
