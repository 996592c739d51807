using System.Globalization;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest;

/// <summary>
/// How large a document may be before it is read: one document must never cost the rest of a folder (or the server)
/// minutes of work or gigabytes of memory. Over a limit the document is rejected with a reason a person can act on.
/// </summary>
public sealed record DocumentLimits
{
    /// <summary>2 MiB: a long article is a few hundred kilobytes.</summary>
    public int MaxBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>
    /// The longest article of the labelled corpus has 519 lines. A document of 10,000 dense lines, read until the time
    /// budget stops it, peaks under 300 MB; one of 30,000 passed it.
    /// </summary>
    public int MaxLines { get; init; } = 10_000;

    /// <summary>
    /// A paragraph written on one line is a few thousand characters (the longest in the labelled corpus, 1,085); a
    /// minified page is not an article. One sentence is read whole between two checks of the time budget, and a line
    /// of 20,000 characters takes about two seconds, so no document can outrun the budget by more.
    /// </summary>
    public int MaxLineLength { get; init; } = 20_000;

    /// <summary>Cells in one table row (pipes on one line): a comparison table has a handful.</summary>
    public int MaxTableColumns { get; init; } = 64;

    /// <summary>
    /// Quotes or list items inside each other on one line: an article nests two or three; a line of ninety thousand
    /// "&gt;" is an attack on the Markdown parser, which stops at 128 with an error of its own.
    /// </summary>
    public int MaxNesting { get; init; } = 32;

    /// <summary>
    /// Mentions, use-cases and claims one document may state: an article states dozens, the densest seed a few hundred;
    /// thousands are a generated page, and every one of them is a row to store and to search.
    /// </summary>
    public int MaxFacts { get; init; } = 5_000;

    /// <summary>Seconds one document may take to read (see <see cref="ReadBudget"/>): an article takes milliseconds.</summary>
    public double MaxSeconds { get; init; } = 5;

    public static DocumentLimits Default { get; } = new();

    /// <summary>Rejects content over <see cref="MaxBytes"/> before it is decoded.</summary>
    public void CheckSize(string fileName, long bytes)
    {
        if (bytes > MaxBytes)
        {
            throw new DocumentRejectedException(fileName, string.Create(CultureInfo.InvariantCulture,
                $"the file is {bytes:N0} bytes; the limit is {MaxBytes:N0} (Catalog:Limits:MaxBytes)"));
        }
    }

    /// <summary>Rejects text over the line, line-length, table-width or nesting limits, naming the first line at fault.</summary>
    public void CheckLines(string fileName, IReadOnlyList<string> lines)
    {
        if (lines.Count > MaxLines)
        {
            throw new DocumentRejectedException(fileName, string.Create(CultureInfo.InvariantCulture,
                $"the file has {lines.Count:N0} lines; the limit is {MaxLines:N0} (Catalog:Limits:MaxLines)"));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > MaxLineLength)
            {
                throw new DocumentRejectedException(fileName, string.Create(CultureInfo.InvariantCulture,
                    $"line {i + 1} is {line.Length:N0} characters; the limit is {MaxLineLength:N0} (Catalog:Limits:MaxLineLength)"));
            }

            // "| a | b |": a row of n cells has n + 1 pipes.
            var cells = line.AsSpan().Count('|') - 1;
            if (cells > MaxTableColumns)
            {
                throw new DocumentRejectedException(fileName, string.Create(CultureInfo.InvariantCulture,
                    $"line {i + 1} is a table row of {cells:N0} cells; the limit is {MaxTableColumns:N0} (Catalog:Limits:MaxTableColumns)"));
            }

            var depth = Nesting(line);
            if (depth > MaxNesting)
            {
                throw new DocumentRejectedException(fileName, string.Create(CultureInfo.InvariantCulture,
                    $"line {i + 1} nests {depth:N0} quotes or list items inside each other; the limit is {MaxNesting:N0} (Catalog:Limits:MaxNesting)"));
            }
        }
    }

    /// <summary>Rejects a document that states more than <see cref="MaxFacts"/> facts.</summary>
    public void CheckFacts(string fileName, int facts)
    {
        if (facts > MaxFacts)
        {
            throw new DocumentRejectedException(fileName, string.Create(CultureInfo.InvariantCulture,
                $"the document states {facts:N0} facts (mentions, use-cases and claims); the limit is {MaxFacts:N0} (Catalog:Limits:MaxFacts)"));
        }
    }

    // The quote markers ("> > >") and list indentation (two spaces a level) a line opens with, as Markdown nests them.
    private static int Nesting(string line)
    {
        int quotes = 0, spaces = 0, i = 0;
        for (; i < line.Length && line[i] is '>' or ' ' or '\t'; i++)
        {
            if (line[i] == '>')
            {
                quotes++;
                spaces = 0;
            }
            else
            {
                spaces += line[i] == '\t' ? 4 : 1;
            }
        }

        var rest = line.AsSpan(i);
        var isItem = rest.Length > 1 && rest[0] is '-' or '*' or '+' && rest[1] == ' ';
        return quotes + (isItem ? (spaces / 2) + 1 : 0);
    }
}
