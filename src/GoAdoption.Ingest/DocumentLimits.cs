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

    public int MaxLines { get; init; } = 50_000;

    /// <summary>A paragraph written on one line is a few thousand characters; a minified page is not an article.</summary>
    public int MaxLineLength { get; init; } = 100_000;

    /// <summary>Cells in one table row (pipes on one line): a comparison table has a handful.</summary>
    public int MaxTableColumns { get; init; } = 64;

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

    /// <summary>Rejects text over the line, line-length or table-width limits, naming the first line at fault.</summary>
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
        }
    }
}
