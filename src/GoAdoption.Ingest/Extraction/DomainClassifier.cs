using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Taxonomy;

namespace GoAdoption.Ingest.Extraction;

/// <summary>Places a piece of text in the fixed taxonomy by its keywords, in every language.</summary>
internal static class DomainClassifier
{
    // Keywords stand for the domain's index in the taxonomy, so hits are tallied in an array.
    private static readonly AliasMatcher<int> Keywords = new(
        DomainDefinitions.All.SelectMany((d, index) => d.Keywords.Select(k => (k, index, false))));

    /// <summary>The domain with the most keyword hits (earliest hit breaks ties), or null when none.</summary>
    public static string? Classify(string text)
    {
        Span<int> counts = stackalloc int[DomainDefinitions.All.Count];
        Span<int> first = stackalloc int[DomainDefinitions.All.Count];
        var position = 0;
        var any = false;
        while (Keywords.TryNext(text, ref position, out var start, out var domain))
        {
            if (counts[domain]++ == 0)
            {
                first[domain] = start;
            }

            any = true;
        }

        if (!any)
        {
            return null;
        }

        // Hits never overlap, so two domains never share a first hit and the choice is unique.
        var best = -1;
        for (var d = 0; d < counts.Length; d++)
        {
            if (counts[d] > 0 && (best < 0 || counts[d] > counts[best] || (counts[d] == counts[best] && first[d] < first[best])))
            {
                best = d;
            }
        }

        return DomainDefinitions.All[best].Slug;
    }
}
