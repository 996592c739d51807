using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Taxonomy;

namespace GoAdoption.Ingest.Extraction;

/// <summary>Places a piece of text in the fixed taxonomy by its keywords, in every language.</summary>
internal static class DomainClassifier
{
    private static readonly AliasMatcher<string> Keywords = new(
        DomainTaxonomy.All.SelectMany(d => d.Keywords.Select(k => (k, d.Slug, false))));

    /// <summary>The domain with the most keyword hits (earliest hit breaks ties), or null when none.</summary>
    public static string? Classify(string text)
    {
        var hits = Keywords.FindAll(text);
        if (hits.Count == 0)
        {
            return null;
        }

        return hits
            .GroupBy(h => h.Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(h => h.Start))
            .First().Key;
    }
}
