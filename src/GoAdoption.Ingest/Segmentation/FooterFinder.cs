namespace GoAdoption.Ingest.Segmentation;

/// <summary>
/// Finds where a page's footer starts: the comment-form markers, and the author's one-line sign-off just before them.
/// </summary>
internal static class FooterFinder
{
    private const int MaxSignOffLength = 80;

    /// <summary>0-based index of the first footer line, or the line count when there is no footer.</summary>
    public static int FooterStart(IReadOnlyList<string> lines, int from)
    {
        var marker = -1;
        for (var i = from; i < lines.Count; i++)
        {
            if (LinePatterns.IsFooterStart(lines[i]))
            {
                marker = i;
                break;
            }
        }

        if (marker < 0)
        {
            return lines.Count;
        }

        var last = marker - 1;
        while (last >= from && string.IsNullOrWhiteSpace(lines[last]))
        {
            last--;
        }

        // A sign-off is a lone short line: blank above it, nothing but the footer below.
        var isSignOff = last >= from && lines[last].Trim().Length <= MaxSignOffLength
            && (last == from || string.IsNullOrWhiteSpace(lines[last - 1]))
            && !LinePatterns.IsCodeContinuation(lines[last], hashIsComment: false);
        return isSignOff ? last : marker;
    }
}
