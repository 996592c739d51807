using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Extraction;

/// <summary>
/// Finds entities in text for one document: the gazetteer first, then the names this document's structure
/// introduced (and near-spellings of known names), which never override a gazetteer match.
/// </summary>
internal sealed class EntityFinder
{
    private readonly NameGazetteer _gazetteer;
    private readonly AliasMatcher<(string Slug, EntityKind Kind)>? _local;
    private readonly Dictionary<string, List<AliasMatch<GazetteerEntry>>>? _known;

    /// <param name="gazetteer">The gazetteer the document is read with.</param>
    /// <param name="discovered">The names the document introduced.</param>
    /// <param name="known">
    /// The gazetteer's matches by text, shared by the finders of one document: what the gazetteer finds in a text does
    /// not change between readings, only the document's own names do.
    /// </param>
    public EntityFinder(NameGazetteer gazetteer, IReadOnlyList<DiscoveredName> discovered,
        Dictionary<string, List<AliasMatch<GazetteerEntry>>>? known = null)
    {
        _gazetteer = gazetteer;
        _known = known;
        if (discovered.Count > 0)
        {
            _local = new AliasMatcher<(string, EntityKind)>(discovered.Select(d => (d.Name, (d.Slug, d.Kind), true)));
        }
    }

    public List<Located> Find(Passage passage) => Find(passage, passage.Text);

    /// <summary>Entities in any text, reported against a passage for provenance.</summary>
    public List<Located> Find(Passage passage, string text)
    {
        // A name wrapped at the end of a line ("the Firebase\nHosting team") is still one name; offsets stay the same.
        text = text.Replace('\n', ' ');
        List<AliasMatch<GazetteerEntry>>? matches = null;
        if (_known is null || !_known.TryGetValue(text, out matches))
        {
            matches = KnownIn(text);
            _known?.Add(text, matches);
        }

        var found = new List<Located>(matches.Count);
        foreach (var m in matches)
        {
            found.Add(new Located(passage, m.Start, m.Length, m.AsWritten, m.Value.Slug, m.Value.Kind));
        }

        if (_local is null)
        {
            return found;
        }

        var gazetteerCount = found.Count;
        var added = false;
        foreach (var m in _local.FindAll(text))
        {
            if (!Overlaps(found, gazetteerCount, m.Start, m.Start + m.Length))
            {
                found.Add(new Located(passage, m.Start, m.Length, m.AsWritten, m.Value.Slug, m.Value.Kind));
                added = true;
            }
        }

        if (added)
        {
            // No two matches overlap, so starts are distinct and the order does not depend on the sort.
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return found;
    }

    private List<AliasMatch<GazetteerEntry>> KnownIn(string text)
    {
        var matches = _gazetteer.Matcher.FindAll(text);
        List<AliasMatch<Technology>>? technologies = null;

        // "AWS Lambda", "Amazon ECS", "Microsoft Azure": a company's name inside a technology's is the technology.
        matches.RemoveAll(m => (technologies ??= TechnologyLexicon.Default.Matcher.FindAll(text))
            .Any(t => t.Start <= m.Start && t.Start + t.Length >= m.Start + m.Length && t.Length > m.Length));
        return matches;
    }

    // Gazetteer matches come sorted and disjoint; local ones never overlap each other, so only those are checked.
    private static bool Overlaps(List<Located> found, int count, int start, int end)
    {
        for (var k = 0; k < count; k++)
        {
            if (found[k].Start < end && start < found[k].End)
            {
                return true;
            }
        }

        return false;
    }
}
