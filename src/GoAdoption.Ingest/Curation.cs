using System.Security.Cryptography;
using System.Text;
using GoAdoption.Domain.Taxonomy;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GoAdoption.Ingest;

/// <summary>
/// The operator's corrections to what the importer knows, read from a YAML file: aliases to add, entries to merge,
/// names that are not companies or not projects, and a website, country, domains or parent to set. It is applied to the
/// gazetteer before a document is read, so a curated alias is found in the text like any other; what it changed in a
/// document is listed in that source's warnings. The whole file is checked at load: every problem is reported at once.
/// </summary>
public sealed class Curation
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private readonly Dictionary<string, List<string>> _effects;
    private readonly HashSet<string> _notCompanies;
    private readonly HashSet<string> _notProjects;

    private Curation(string hash, NameGazetteer gazetteer, Dictionary<string, List<string>> effects, HashSet<string> notCompanies,
        HashSet<string> notProjects)
    {
        Hash = hash;
        Gazetteer = gazetteer;
        _effects = effects;
        _notCompanies = notCompanies;
        _notProjects = notProjects;
    }

    /// <summary>SHA-256 of the file: a changed curation makes every document be read again.</summary>
    public string Hash { get; }

    /// <summary>The shipped gazetteer with the curation applied.</summary>
    internal NameGazetteer Gazetteer { get; }

    /// <summary>Reads and checks a curation file.</summary>
    /// <exception cref="CurationException">The file is missing, unreadable or invalid.</exception>
    public static Curation Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CurationException(path, [$"cannot be read: {e.Message}"]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and checks curation YAML.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="origin">Where it came from, for messages.</param>
    /// <exception cref="CurationException">The YAML is malformed or names what does not exist.</exception>
    public static Curation Parse(string yaml, string origin = "curation")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        CurationFile? file;
        try
        {
            file = Yaml.Deserialize<CurationFile?>(yaml);
        }
        catch (YamlException e)
        {
            throw new CurationException(origin, [$"line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message}"]);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));
        var problems = new List<string>();
        var (gazetteer, effects, notCompanies, notProjects) = new CuratedGazetteer(NameGazetteer.Default, problems).Apply(file ?? new CurationFile());
        if (problems.Count > 0)
        {
            throw new CurationException(origin, problems);
        }

        return new Curation(hash, gazetteer, effects, notCompanies, notProjects);
    }

    /// <summary>What the curation changed about an entry, as lines for a source's warnings.</summary>
    internal IReadOnlyList<string> EffectsOn(string slug) => _effects.TryGetValue(slug, out var list) ? list : [];

    /// <summary>Whether the operator said this name is not an entity of this kind.</summary>
    internal bool Excludes(string name, EntityKind kind) =>
        (kind == EntityKind.Project ? _notProjects : _notCompanies).Contains(name.Trim());

    /// <summary>Applies a curation file to a gazetteer, collecting problems instead of stopping at the first.</summary>
    private sealed class CuratedGazetteer(NameGazetteer shipped, List<string> problems)
    {
        private readonly List<GazetteerEntry> _entries = [.. shipped.Entries];
        private readonly Dictionary<string, List<string>> _effects = new(StringComparer.Ordinal);

        public (NameGazetteer, Dictionary<string, List<string>>, HashSet<string>, HashSet<string>) Apply(CurationFile file)
        {
            var notCompanies = Names(file.NotCompanies, "notCompanies");
            var notProjects = Names(file.NotProjects, "notProjects");
            foreach (var (entry, index) in (file.Entries ?? []).Select((e, i) => (e, i)))
            {
                ApplyEntry(entry, $"entries[{index}]");
            }

            foreach (var (merge, index) in (file.Merge ?? []).Select((m, i) => (m, i)))
            {
                ApplyMerge(merge, $"merge[{index}]");
            }

            // A shipped entry marked "not a company" stays in the gazetteer: the document still names it, and the reader
            // leaves it out where it is found, saying so on the source.
            return (new NameGazetteer(_entries), _effects, notCompanies, notProjects);
        }

        private HashSet<string> Names(List<string>? names, string at)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, index) in (names ?? []).Select((n, i) => (n, i)))
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    problems.Add($"{at}[{index}]: a name is required");
                }
                else
                {
                    set.Add(name.Trim());
                }
            }

            return set;
        }

        private void ApplyEntry(CurationEntry entry, string at)
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                problems.Add($"{at}.name: a name is required");
                return;
            }

            var name = entry.Name.Trim();
            var existing = Find(name);
            var kind = existing?.Kind ?? EntityKind.Company;
            if (entry.Kind is { } written)
            {
                if (!Enum.TryParse<EntityKind>(written, ignoreCase: true, out kind) || !Enum.IsDefined(kind))
                {
                    problems.Add($"{at}.kind: '{written}' is not company, product or project");
                    return;
                }
            }

            var current = existing ?? new GazetteerEntry(Slug.From(name), name, kind, [], null, null, [], null, null, null, null, null, false);
            if (current.Slug.Length == 0)
            {
                problems.Add($"{at}.name: '{name}' gives no identifier");
                return;
            }

            var notes = new List<string>();
            var aliases = current.Aliases.ToList();
            foreach (var alias in (entry.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()))
            {
                if (Find(alias) is { } owner && owner.Slug != current.Slug)
                {
                    problems.Add($"{at}.aliases: '{alias}' already names {owner.Name}; merge the two entries instead");
                }
                else if (!current.AllNames.Contains(alias, StringComparer.OrdinalIgnoreCase))
                {
                    aliases.Add(alias);
                    notes.Add($"'{alias}' is an alias");
                }
            }

            var country = current.Country;
            if (entry.Country is { } code)
            {
                if (code.Trim().Length != 2 || !code.Trim().All(char.IsAsciiLetter))
                {
                    problems.Add($"{at}.country: '{code}' is not a two-letter country code");
                }
                else
                {
                    country = code.Trim().ToUpperInvariant();
                    notes.Add($"country {country}");
                }
            }

            var domains = current.Domains;
            if (entry.Domains is { } written2)
            {
                var unknown = written2.Where(d => !DomainTaxonomy.IsKnown(d)).ToList();
                if (unknown.Count > 0)
                {
                    problems.Add($"{at}.domains: {string.Join(", ", unknown.Select(d => $"'{d}'"))} not in the taxonomy ({string.Join(", ", DomainTaxonomy.Slugs)})");
                }
                else
                {
                    domains = [.. written2];
                    notes.Add($"domains {string.Join(", ", domains)}");
                }
            }

            var parent = current.ParentSlug;
            if (entry.Parent is { } owner2)
            {
                if ((_entries.FirstOrDefault(e => e.Slug == owner2.Trim()) ?? Find(owner2)) is { } found)
                {
                    parent = found.Slug;
                    notes.Add($"part of {found.Name}");
                }
                else
                {
                    problems.Add($"{at}.parent: '{owner2}' is neither a known name nor an identifier");
                }
            }

            var website = entry.Website is { } site ? site.Trim() : current.Website;
            if (entry.Website is not null)
            {
                notes.Add($"website {website}");
            }

            var updated = current with { Kind = kind, Aliases = aliases, Country = country, Domains = domains, ParentSlug = parent, Website = website };
            Replace(existing, updated);
            Note(updated.Slug, existing is null ? $"curation: {updated.Name} added ({string.Join("; ", notes.Prepend(kind.ToString().ToLowerInvariant()))})"
                : $"curation: {updated.Name}: {string.Join("; ", notes)}");
        }

        private void ApplyMerge(CurationMerge merge, string at)
        {
            if (string.IsNullOrWhiteSpace(merge.From) || string.IsNullOrWhiteSpace(merge.Into))
            {
                problems.Add($"{at}: both from and into are required");
                return;
            }

            if (Find(merge.Into) is not { } into)
            {
                problems.Add($"{at}.into: '{merge.Into}' is not a known name; add it under entries first");
                return;
            }

            var from = Find(merge.From);
            if (from?.Slug == into.Slug)
            {
                problems.Add($"{at}: '{merge.From}' and '{merge.Into}' are already one entry");
                return;
            }

            var names = from is null ? [merge.From.Trim()] : from.AllNames.ToList();
            if (from is not null)
            {
                _entries.Remove(from);
            }

            var updated = into with { Aliases = [.. into.Aliases.Concat(names).Distinct(StringComparer.OrdinalIgnoreCase)] };
            Replace(into, updated);
            Note(updated.Slug, $"curation: {merge.From.Trim()} merged into {into.Name}");
        }

        private GazetteerEntry? Find(string name) =>
            _entries.FirstOrDefault(e => e.AllNames.Any(n => n.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)));

        private void Replace(GazetteerEntry? old, GazetteerEntry updated)
        {
            var index = old is null ? -1 : _entries.IndexOf(old);
            if (index >= 0)
            {
                _entries[index] = updated;
            }
            else
            {
                _entries.Add(updated);
            }
        }

        private void Note(string slug, string note)
        {
            if (!_effects.TryGetValue(slug, out var list))
            {
                _effects[slug] = list = [];
            }

            list.Add(note);
        }
    }
}
