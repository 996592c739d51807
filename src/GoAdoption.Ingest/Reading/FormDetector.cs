using System.Text.RegularExpressions;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Segmentation;

namespace GoAdoption.Ingest.Reading;

/// <summary>Tells Markdown from a flattened web page from plain prose.</summary>
internal static partial class FormDetector
{
    public static DocumentForm Detect(SourceText source, FrontMatter frontMatter)
    {
        if (frontMatter.LastLine > 0)
        {
            return DocumentForm.Markdown;
        }

        int headings = 0, listItems = 0, webMarkers = 0;
        foreach (var line in source.Lines)
        {
            if (AtxHeading().IsMatch(line))
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

        if (headings >= 2 || (headings >= 1 && listItems >= 2) || listItems >= 3)
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
