using System.Text;
using System.Text.RegularExpressions;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Segmentation;

/// <summary>
/// One table model for every way a document writes a table: a Markdown pipe table (its cells as Markdig found them),
/// a plain-text row separated by <c>|</c>, and a flattened header whose cells are separated by spaces. A row becomes
/// its cells joined by <c>" | "</c>, with each cell's place in that text.
/// </summary>
internal static partial class TableCells
{
    public const string Separator = " | ";

    /// <summary>Joins cells into one row text and records where each cell sits.</summary>
    public static (string Text, IReadOnlyList<CellSpan> Cells) Join(IEnumerable<string> cells)
    {
        var text = new StringBuilder();
        var spans = new List<CellSpan>();
        foreach (var cell in cells)
        {
            if (spans.Count > 0)
            {
                text.Append(Separator);
            }

            var value = cell.Trim();
            spans.Add(new CellSpan(text.Length, value.Length));
            text.Append(value);
        }

        return (text.ToString(), spans);
    }

    /// <summary>A plain-text line written as a pipe-table row: two cells or more between <c>|</c>.</summary>
    public static bool IsPipeRow(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && (t.Count(c => c == '|') >= 2 || (t[0] == '|' && t.Length > 1)) && !t.Contains("||", StringComparison.Ordinal);
    }

    /// <summary>The <c>|---|:--:|</c> line under a pipe table's header.</summary>
    public static bool IsDelimiterRow(string line) => DelimiterRow().IsMatch(line);

    /// <summary>The cells of a <c>|</c>-separated line, outer pipes dropped.</summary>
    public static IReadOnlyList<string> SplitPipes(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|'))
        {
            t = t[1..];
        }

        if (t.EndsWith('|'))
        {
            t = t[..^1];
        }

        return t.Split('|', StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// The cells of a flattened header ("指标 Java 版本 Go 版本 提升幅度"): space-separated, except that a Latin word
    /// glued to the CJK word after it is one column ("Java 版本", "GC 压力").
    /// </summary>
    public static IReadOnlyList<string> SplitFlattenedHeader(string header)
    {
        var tokens = header.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var names = new List<string>();
        for (var k = 0; k < tokens.Length; k++)
        {
            if (k + 1 < tokens.Length && IsAscii(tokens[k]) && !IsAscii(tokens[k + 1]))
            {
                names.Add(tokens[k] + " " + tokens[k + 1]);
                k++;
            }
            else
            {
                names.Add(tokens[k]);
            }
        }

        return names;
    }

    private static bool IsAscii(string token) => token.All(char.IsAscii);

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();
}
