namespace GoAdoption.Ingest.Model;

/// <summary>
/// Where a fact was read: 1-based, inclusive line numbers of the original file and the text quoted from them, at most
/// <see cref="MaxQuote"/> characters (a sentence of a flattened page or a table row may run to thousands).
/// </summary>
public sealed record Provenance(int LineStart, int LineEnd, string Quote)
{
    public const int MaxQuote = 400;

    public string Quote { get; init; } = Bounded(Quote);

    /// <summary>The text, or its first <see cref="MaxQuote"/> characters cut at a space and marked with "…".</summary>
    public static string Bounded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxQuote)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxQuote - 1, MaxQuote / 4);
        return text[..(cut > 0 ? cut : MaxQuote - 1)].TrimEnd() + "…";
    }
}
