using System.Collections.Concurrent;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Data.Reading;
using GoAdoption.Domain.Languages;

namespace GoAdoption.Api.Features.Companies;

/// <summary>
/// Every company of one catalog version, in name order, with posting lists (ascending positions) for each filter a
/// list can narrow by, the way a database index would: a filtered, paged company list then reads only its matches.
/// </summary>
public sealed class CompanySnapshot
{
    private readonly CompanyEntry[] _entries;
    private readonly Dictionary<string, int[]> _byDomain;
    private readonly Dictionary<string, int[]> _byCountry;
    private readonly Dictionary<(string Domain, string Country), int[]> _byDomainAndCountry;
    private readonly Dictionary<string, int[]> _byProject;
    private readonly Dictionary<string, int[]> _byMigratedFrom;
    private readonly Dictionary<CompanyKind, int[]> _byKind;
    // Rank of each entry under the other sort orders, computed the first time a request asks for that order.
    private readonly ConcurrentDictionary<(string Key, bool Descending), int[]> _ranks = new();

    internal CompanySnapshot(IEnumerable<CompanyEntry> entries)
    {
        _entries = [.. entries];
        Array.Sort(_entries, static (a, b) =>
            BinaryCollation.Instance.Compare(a.NameKey, b.NameKey) is var byKey and not 0 ? byKey
            : BinaryCollation.Instance.Compare(a.Summary.Name, b.Summary.Name) is var byName and not 0 ? byName
            : a.Id.CompareTo(b.Id));
        _byDomain = Index(e => e.Summary.Domains);
        _byCountry = Index<string>(e => e.Summary.Country is { } country ? [country] : []);
        _byDomainAndCountry = Index(e => e.Summary.Country is { } country ? e.Summary.Domains.Select(d => (d, country)) : []);
        _byProject = Index(e => e.Projects);
        _byMigratedFrom = Index(e => e.MigratedFrom);
        _byKind = Index<CompanyKind>(e => [e.Summary.Kind]);
    }

    /// <summary>The companies <paramref name="filter"/> selects, in its sort order.</summary>
    /// <param name="filter">Filters and sort, as validated.</param>
    /// <param name="domainScope">A domain the endpoint narrows to first (<c>/domains/{slug}/companies</c>).</param>
    public IReadOnlyList<CompanySummary> Find(CompanyFilter filter, string? domainScope = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var lists = new List<int[]>();
        var country = filter.Country?.ToUpperInvariant();
        var domains = new[] { filter.Domain, domainScope }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var domain in domains)
            lists.Add(country is null ? Posting(_byDomain, domain) : Posting(_byDomainAndCountry, (domain, country)));
        if (country is not null && domains.Count == 0)
            lists.Add(Posting(_byCountry, country));
        if (filter.Kind is { } kind)
            lists.Add(Posting(_byKind, kind == "product" ? CompanyKind.Product : CompanyKind.Company));
        if (filter.Project is { } project)
            lists.Add(Posting(_byProject, project));
        if (ProgrammingLanguages.Key(filter.MigratedFrom) is { } language)
            lists.Add(Posting(_byMigratedFrom, language));

        var predicates = new List<Func<CompanyEntry, bool>>();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var key = TextKey.Normalize(filter.Q);
            predicates.Add(e => e.NameKey.Contains(key, StringComparison.Ordinal) || e.Summary.Slug.Contains(key, StringComparison.Ordinal)
                || e.AliasKeys.Any(a => a.Contains(key, StringComparison.Ordinal)));
        }
        if (WebsiteHost.Normalize(filter.Website) is { } host)
        {
            // A page on a subdomain (eng.uber.com) belongs to the company whose site is the parent domain.
            predicates.Add(e => e.Summary.Website is { } site
                && (site == host || host.EndsWith("." + site, StringComparison.Ordinal)));
        }

        var matches = Intersect(lists, predicates);
        var (sort, descending) = filter.SortOrder();
        if (sort != "name" || descending)
            matches = Ordered(matches, sort, descending);
        return new Matches(_entries, matches);
    }

    /// <summary>Positions in name order matching every list and predicate; null when nothing narrows (all entries).</summary>
    private int[]? Intersect(List<int[]> lists, List<Func<CompanyEntry, bool>> predicates)
    {
        if (lists.Count == 0 && predicates.Count == 0)
            return null;
        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        if (lists.Count == 1 && predicates.Count == 0)
            return lists[0];
        IEnumerable<int> candidates = lists.Count > 0 ? lists[0] : Enumerable.Range(0, _entries.Length);
        var others = lists.Skip(1).ToArray();
        return candidates
            .Where(i => others.All(list => Array.BinarySearch(list, i) >= 0) && predicates.All(p => p(_entries[i])))
            .ToArray();
    }

    private int[] Ordered(int[]? matches, string sort, bool descending)
    {
        var rank = _ranks.GetOrAdd((sort, descending), static (order, entries) => Ranks(entries, order.Key, order.Descending), _entries);
        var positions = matches is null ? Enumerable.Range(0, _entries.Length).ToArray() : (int[])matches.Clone();
        var keys = positions.Select(i => rank[i]).ToArray();
        Array.Sort(keys, positions);
        return positions;
    }

    /// <summary>rank[i] = where entry i comes under the order, as the SQL list sorted it (ties by name key, then id).</summary>
    private static int[] Ranks(CompanyEntry[] entries, string sort, bool descending)
    {
        var sign = descending ? -1 : 1;
        Comparison<int> compare = sort switch
        {
            "sourceCount" => (a, b) => sign * entries[a].Summary.SourceCount.CompareTo(entries[b].Summary.SourceCount) is var c and not 0 ? c
                : BinaryCollation.Instance.Compare(entries[a].NameKey, entries[b].NameKey) is var k and not 0 ? k : entries[a].Id.CompareTo(entries[b].Id),
            "useCaseCount" => (a, b) => sign * entries[a].Summary.UseCaseCount.CompareTo(entries[b].Summary.UseCaseCount) is var c and not 0 ? c
                : BinaryCollation.Instance.Compare(entries[a].NameKey, entries[b].NameKey) is var k and not 0 ? k : entries[a].Id.CompareTo(entries[b].Id),
            // Name order is the entries' own; reversed, ties keep ascending ids as the SQL order did.
            _ => (a, b) => BinaryCollation.Instance.Compare(entries[b].NameKey, entries[a].NameKey) is var k and not 0 ? k
                : BinaryCollation.Instance.Compare(entries[b].Summary.Name, entries[a].Summary.Name) is var n and not 0 ? n
                : entries[a].Id.CompareTo(entries[b].Id),
        };
        var order = Enumerable.Range(0, entries.Length).ToArray();
        Array.Sort(order, compare);
        var rank = new int[entries.Length];
        for (var position = 0; position < order.Length; position++)
            rank[order[position]] = position;
        return rank;
    }

    private Dictionary<TKey, int[]> Index<TKey>(Func<CompanyEntry, IEnumerable<TKey>> keys)
        where TKey : notnull
    {
        var lists = new Dictionary<TKey, List<int>>();
        for (var i = 0; i < _entries.Length; i++)
        {
            foreach (var key in keys(_entries[i]).Distinct())
            {
                if (!lists.TryGetValue(key, out var list))
                    lists[key] = list = [];
                list.Add(i);
            }
        }
        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    private static int[] Posting<TKey>(Dictionary<TKey, int[]> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var list) ? list : [];

    /// <summary>The matching companies' list items, without copying them.</summary>
    private sealed class Matches(CompanyEntry[] entries, int[]? positions) : IReadOnlyList<CompanySummary>
    {
        public int Count => positions?.Length ?? entries.Length;

        public CompanySummary this[int index] => entries[positions is null ? index : positions[index]].Summary;

        public IEnumerator<CompanySummary> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
                yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
