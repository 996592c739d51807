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

    public EntityFinder(NameGazetteer gazetteer, IReadOnlyList<DiscoveredName> discovered)
    {
        _gazetteer = gazetteer;
        if (discovered.Count > 0)
        {
            _local = new AliasMatcher<(string, EntityKind)>(discovered.Select(d => (d.Name, (d.Slug, d.Kind), true)));
        }
    }

    public List<Located> Find(Passage passage) => Find(passage, passage.Text);

    /// <summary>Entities in any text, reported against a passage for provenance.</summary>
    public List<Located> Find(Passage passage, string text)
    {
        var found = _gazetteer.Matcher.FindAll(text)
            .Select(m => new Located(passage, m.Start, m.Length, m.AsWritten, m.Value.Slug, m.Value.Kind))
            .ToList();
        if (_local is null)
        {
            return found;
        }

        foreach (var m in _local.FindAll(text))
        {
            if (!found.Any(f => f.Start < m.Start + m.Length && m.Start < f.End))
            {
                found.Add(new Located(passage, m.Start, m.Length, m.AsWritten, m.Value.Slug, m.Value.Kind));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
