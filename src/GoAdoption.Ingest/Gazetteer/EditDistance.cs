namespace GoAdoption.Ingest.Gazetteer;

/// <summary>Whether two names differ by at most one insertion, deletion or substitution, ignoring case.</summary>
internal static class EditDistance
{
    public static bool WithinOne(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[j]))
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length == b.Length)
            {
                j++;
            }

            i++;
        }

        return edits + (a.Length - i) <= 1;
    }
}
