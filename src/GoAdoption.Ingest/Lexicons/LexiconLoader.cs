using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using GoAdoption.Domain.Claims;
using GoAdoption.Domain.Taxonomy;
using GoAdoption.Ingest.Claims;

namespace GoAdoption.Ingest.Lexicons;

/// <summary>
/// Reads the lexicon files, checks them and merges them into one <see cref="Lexicon"/>. Every problem in every file is
/// collected before failing, so one start tells an editor everything that is wrong.
/// </summary>
internal static class LexiconLoader
{
    private const string ResourcePrefix = "GoAdoption.Ingest.Lexicons.";

    /// <summary>Metrics from most to least specific: the first one a clause names is the one it measures.</summary>
    private static readonly (string Slug, ClaimMetric Metric)[] MetricOrder =
    [
        ("gc-pause", ClaimMetric.GcPause), ("startup-time", ClaimMetric.StartupTime), ("build-time", ClaimMetric.BuildTime),
        ("error-rate", ClaimMetric.ErrorRate), ("cpu", ClaimMetric.Cpu), ("memory", ClaimMetric.Memory), ("cost", ClaimMetric.Cost),
        ("instances", ClaimMetric.Instances), ("latency", ClaimMetric.Latency), ("throughput", ClaimMetric.Throughput),
        ("volume", ClaimMetric.Volume), ("other", ClaimMetric.Other),
    ];

    private static readonly (string Slug, ClaimStatistic Statistic)[] StatisticOrder =
    [
        ("p999", ClaimStatistic.P999), ("p99", ClaimStatistic.P99), ("p95", ClaimStatistic.P95), ("p90", ClaimStatistic.P90),
        ("p50", ClaimStatistic.P50), ("mean", ClaimStatistic.Mean), ("peak", ClaimStatistic.Peak), ("max", ClaimStatistic.Max),
        ("min", ClaimStatistic.Min),
    ];

    private const double Kib = 1024d;

    private static readonly Dictionary<string, (QuantityKind Kind, double Factor)> UnitKeys = new(StringComparer.Ordinal)
    {
        ["ns"] = (QuantityKind.Duration, 1e-6), ["us"] = (QuantityKind.Duration, 1e-3), ["ms"] = (QuantityKind.Duration, 1),
        ["s"] = (QuantityKind.Duration, 1000), ["min"] = (QuantityKind.Duration, 60_000), ["h"] = (QuantityKind.Duration, 3_600_000),
        ["B"] = (QuantityKind.Size, 1), ["KB"] = (QuantityKind.Size, Kib), ["MB"] = (QuantityKind.Size, Kib * Kib),
        ["GB"] = (QuantityKind.Size, Kib * Kib * Kib), ["TB"] = (QuantityKind.Size, Kib * Kib * Kib * Kib),
        ["percent"] = (QuantityKind.Percent, 1), ["times"] = (QuantityKind.Multiplier, 1),
        ["per-second"] = (QuantityKind.Rate, 1), ["per-day"] = (QuantityKind.DailyVolume, 1),
    };

    private static readonly Dictionary<string, ClaimBound> BoundKeys = new(StringComparer.Ordinal)
    {
        ["at-least"] = ClaimBound.AtLeast, ["at-most"] = ClaimBound.AtMost, ["approximately"] = ClaimBound.Approximately,
    };

    private static readonly Dictionary<string, CountClass> CountKeys = new(StringComparer.Ordinal)
    {
        ["instances"] = CountClass.Instances, ["connections"] = CountClass.Connections, ["services"] = CountClass.Services,
        ["events"] = CountClass.Events,
    };

    private static readonly Dictionary<string, (int Direction, bool Improvement)> VerbKeys = new(StringComparer.Ordinal)
    {
        ["decrease"] = (-1, false), ["increase"] = (1, false), ["improve"] = (1, true),
    };

    // Command-line flags are written the same in every language: "-c 200", "--timeout".
    private const string CliFlag = @"(?<![\w/])--?[a-z][a-z-]*\s+\d|(?<![\w/])--[a-z]";

    public static Lexicon LoadEmbedded()
    {
        var assembly = typeof(LexiconLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (Name: n[ResourcePrefix.Length..], Json: reader.ReadToEnd());
            })
            .ToList();
        return Load(files);
    }

    /// <summary>Builds a lexicon from (file name, JSON) pairs such as <c>("ja.json", "{…}")</c>.</summary>
    /// <exception cref="LexiconException">A file is malformed, a word is misplaced, or two files disagree.</exception>
    public static Lexicon Load(IReadOnlyList<(string Name, string Json)> files)
    {
        var problems = new List<string>();
        var parsed = new List<(string Language, LexiconFile File)>();
        if (files.Count == 0)
        {
            problems.Add("no lexicon file was found");
        }

        foreach (var (name, json) in files)
        {
            var language = Path.GetFileNameWithoutExtension(name);
            LexiconFile? file;
            try
            {
                file = JsonSerializer.Deserialize(json, LexiconJsonContext.Default.LexiconFile);
            }
            catch (JsonException e)
            {
                problems.Add($"{name}: not a valid lexicon file: {e.Message}");
                continue;
            }

            if (file is null)
            {
                problems.Add($"{name}: empty");
                continue;
            }

            if (file.Language != language)
            {
                problems.Add($"{name}: \"language\" is \"{file.Language}\"; it must be \"{language}\", the file's name");
            }

            parsed.Add((language, file));
        }

        var check = new Checker(problems);
        var lexicon = Merge(parsed, check);
        if (problems.Count > 0)
        {
            throw new LexiconException(problems);
        }

        return lexicon!;
    }

    private static Lexicon? Merge(List<(string Language, LexiconFile File)> files, Checker check)
    {
        IEnumerable<string> All(Func<LexiconFile, IEnumerable<string>?> pick, string section) =>
            files.SelectMany(f => check.Words(f.Language, section, pick(f.File))).Distinct(StringComparer.Ordinal);

        var metricWords = Keyed(files, f => f.Metrics, "metrics", MetricOrder.ToDictionary(m => m.Slug, m => m.Metric), check,
            MetricOrder.Select(m => m.Metric).ToList());
        var statisticWords = Keyed(files, f => f.Statistics, "statistics", StatisticOrder.ToDictionary(s => s.Slug, s => s.Statistic),
            check, StatisticOrder.Select(s => s.Statistic).ToList());
        var verbs = Keyed(files, f => f.ChangeVerbs, "changeVerbs", VerbKeys, check, null)
            .Select(v => new ChangeVerb(v.Word, v.Value.Direction, v.Value.Improvement))
            .OrderByDescending(v => v.Word.Length)
            .ToList();
        var boundsBefore = Keyed(files, f => f.BoundsBefore, "boundsBefore", BoundKeys, check, null)
            .OrderByDescending(b => b.Word.Length).ToList();
        var boundsAfter = new List<AfterBound>();
        foreach (var (language, file) in files)
        {
            foreach (var (word, index) in (file.BoundsAfter ?? []).Select((w, i) => (w, i)))
            {
                var where = $"{language}.json: boundsAfter[{index}]";
                if (string.IsNullOrWhiteSpace(word.Word) || word.Word != word.Word.Trim())
                {
                    check.Problem($"{where}: \"word\" must be a word without surrounding spaces");
                    continue;
                }

                if (word.Bound is null || !BoundKeys.TryGetValue(word.Bound, out var bound))
                {
                    check.Problem($"{where}: \"bound\" must be one of {string.Join(", ", BoundKeys.Keys)}");
                    continue;
                }

                boundsAfter.Add(new AfterBound(word.Word, bound, word.Standalone, word.CountsOnly, word.IfExact));
            }
        }

        var units = Keyed(files, f => f.Units, "units", UnitKeys, check, null)
            .Select(u => new UnitWord(u.Word, u.Value.Kind, u.Value.Factor)).ToList();
        check.Unique(units.Select(u => (u.Token, $"{u.Kind}×{u.Factor}")), "units", ignoreCase: false);

        var digits = Chars(files, f => f.Numerals?.Digits, "numerals.digits", check);
        var small = Chars(files, f => f.Numerals?.Small, "numerals.small", check);
        var big = Chars(files, f => f.Numerals?.Big, "numerals.big", check);
        var several = Chars(files, f => f.Numerals?.Several?.ToDictionary(s => s, _ => 0d), "numerals.several", check).Keys.ToHashSet();
        var suffixScales = Chars(files, f => f.Numerals?.SuffixScales, "numerals.suffixScales", check);
        var ones = Words(files, f => f.Numerals?.Ones, "numerals.ones", check);
        var tens = Words(files, f => f.Numerals?.Tens, "numerals.tens", check);
        var scales = Words(files, f => f.Numerals?.Scales, "numerals.scales", check);
        var fractions = Words(files, f => f.Numerals?.Fractions, "numerals.fractions", check);
        var articles = All(f => f.Numerals?.Articles, "numerals.articles").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var twice = All(f => f.Numerals?.Twice, "numerals.twice").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var numberWordInitials = ones.Keys.Concat(tens.Keys).Concat(scales.Keys).Concat(fractions.Keys).Concat(articles).Concat(twice)
            .Select(w => char.ToLowerInvariant(w[0])).ToHashSet();

        var countWords = Keyed(files, f => f.CountWords, "countWords", CountKeys, check, null).ToList();
        var countWordsBefore = Keyed(files, f => f.CountWordsBefore, "countWordsBefore", CountKeys, check, null)
            .OrderByDescending(c => c.Word.Length).ToList();

        var domainNames = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var domainKeywords = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var keywordOwner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var slug in DomainTaxonomy.Slugs)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var keywords = new List<string>();
            foreach (var (language, file) in files)
            {
                if (file.Domains?.GetValueOrDefault(slug) is not { } words || string.IsNullOrWhiteSpace(words.Name))
                {
                    check.Problem($"{language}.json: domains.{slug} needs a \"name\"");
                    continue;
                }

                names[language] = words.Name.Trim();
                foreach (var keyword in check.Words(language, $"domains.{slug}.keywords", words.Keywords))
                {
                    if (keywordOwner.TryGetValue(keyword, out var owner) && owner != slug)
                    {
                        check.Problem($"{language}.json: domains.{slug}.keywords: \"{keyword}\" is already a keyword of {owner}");
                        continue;
                    }

                    keywordOwner[keyword] = slug;
                    if (!keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase))
                    {
                        keywords.Add(keyword);
                    }
                }
            }

            domainNames[slug] = names;
            domainKeywords[slug] = keywords;
        }

        foreach (var (language, file) in files)
        {
            foreach (var unknown in (file.Domains?.Keys ?? Enumerable.Empty<string>()).Where(k => !DomainTaxonomy.Slugs.Contains(k)))
            {
                check.Problem($"{language}.json: domains.{unknown} is not in the taxonomy ({string.Join(", ", DomainTaxonomy.Slugs)})");
            }
        }

        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, file) in files)
        {
            foreach (var (code, names) in file.Countries ?? [])
            {
                if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
                {
                    check.Problem($"{language}.json: countries.{code} is not an ISO 3166-1 alpha-2 code");
                    continue;
                }

                foreach (var name in check.Words(language, $"countries.{code}", names))
                {
                    if (countries.TryGetValue(name, out var other) && other != code)
                    {
                        check.Problem($"{language}.json: countries.{code}: \"{name}\" already names {other}");
                    }

                    countries[name] = code;
                }
            }
        }

        var counters = string.Concat(All(f => f.Counters, "counters"));
        var configWords = All(f => f.ConfigCues, "configCues").ToList();
        var intervalWords = All(f => f.IntervalPrefixes, "intervalPrefixes").ToList();

        // Built even when a problem was found, so that every list is checked and every problem reported at once.
        var lexicon = new Lexicon
        {
            Languages = [.. files.Select(f => f.Language)],
            GoWords = [.. All(f => f.GoWords, "goWords")],
            MetricWords = metricWords,
            StatisticWords = statisticWords,
            ChangeVerbs = verbs,
            ComparativeBounds = [.. All(f => f.ComparativeBounds, "comparativeBounds")],
            BoundsBefore = boundsBefore,
            BoundsAfter = [.. boundsAfter.OrderByDescending(b => b.Word.Length)],
            Units = units,
            Digits = digits,
            SmallMagnitudes = small,
            BigMagnitudes = big,
            SeveralPrefixes = several,
            FractionOf = [.. All(f => f.Numerals?.FractionOf, "numerals.fractionOf")],
            OnesWords = ones.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            TensWords = tens.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            ScaleWords = scales.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            SuffixScales = suffixScales,
            FractionWords = fractions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            Articles = articles.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            TwiceWords = twice.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            HalfFollowers = All(f => f.Numerals?.HalfFollowers, "numerals.halfFollowers").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            NumberWordInitials = numberWordInitials,
            NumeralStarts = NumeralStartTable(digits.Keys.Concat(small.Keys).Concat(big.Keys).Concat(several)),
            Counters = counters,
            CountWords = countWords,
            CountWordsBefore = countWordsBefore,
            PerSecondBefore = [.. All(f => f.PerSecond?.Before, "perSecond.before")],
            PerSecondAfter = [.. All(f => f.PerSecond?.After, "perSecond.after")],
            PerDayBefore = [.. All(f => f.PerDay?.Before, "perDay.before")],
            PerDayAfter = [.. All(f => f.PerDay?.After, "perDay.after")],
            PairFromBefore = [.. All(f => f.Pairs?.FromBefore, "pairs.fromBefore")],
            PairFromAfter = [.. All(f => f.Pairs?.FromAfter, "pairs.fromAfter")],
            PairToBetween = [.. All(f => f.Pairs?.ToBetween, "pairs.toBetween")],
            ShareAfter = [.. All(f => f.Shares?.After, "shares.after").OrderByDescending(w => w.Length)],
            ShareBefore = [.. All(f => f.Shares?.Before, "shares.before").OrderByDescending(w => w.Length)],
            SharePeople = WordPattern.Any([.. All(f => f.Shares?.People, "shares.people")]),
            PairToAfter = [.. All(f => f.Pairs?.ToAfter, "pairs.toAfter").OrderByDescending(w => w.Length)],
            RangeConnectors = [.. All(f => f.RangeConnectors, "rangeConnectors")],
            NotQuantityBefore = [.. All(f => f.NotQuantityBefore, "notQuantityBefore")],
            NotQuantityAfter = [.. All(f => f.NotQuantityAfter, "notQuantityAfter").OrderByDescending(w => w.Length)],
            ConfigCue = WordPattern.Any(configWords, CliFlag),
            IntervalPrefix = WordPattern.AtEnd(WordPattern.Alternation(intervalWords) + @"\s*"),
            ToolVerb = WordPattern.Any(All(f => f.ToolVerbs, "toolVerbs")),
            MigrationVerbs = [.. All(f => f.Migration?.Verbs, "migration.verbs")],
            MigrationFromBefore = [.. All(f => f.Migration?.FromBefore, "migration.fromBefore").OrderByDescending(w => w.Length)],
            MigrationFromAfter = [.. All(f => f.Migration?.FromAfter, "migration.fromAfter")],
            MigrationFillers = [.. All(f => f.Migration?.Fillers, "migration.fillers")],
            UsageBefore = [.. All(f => f.Usage?.Before, "usage.before")],
            UsageAfter = [.. All(f => f.Usage?.After, "usage.after")],
            AdoptionVerbs = [.. All(f => f.Usage?.Verbs, "usage.verbs")],
            UsagePrepositions = [.. All(f => f.Usage?.Prepositions, "usage.prepositions")],
            ImplementationVerbs = [.. All(f => f.Usage?.ImplementationVerbs, "usage.implementationVerbs")],
            ComparisonBefore = [.. All(f => f.Comparison?.Before, "comparison.before")],
            ComparisonAfter = [.. All(f => f.Comparison?.After, "comparison.after")],
            CustomersInclude = WordPattern.Any(All(f => f.CustomersInclude, "customersInclude")),
            UsersColumn = WordPattern.Any(All(f => f.UsersColumn, "usersColumn")),
            SystemSuffixes = [.. All(f => f.SystemNames?.Suffixes, "systemNames.suffixes")],
            SystemStops = [.. All(f => f.SystemNames?.Stops, "systemNames.stops")],
            SystemNouns = [.. All(f => f.SystemNames?.Nouns, "systemNames.nouns")],
            SystemFillers = All(f => f.SystemNames?.Fillers, "systemNames.fillers").ToHashSet(StringComparer.OrdinalIgnoreCase),
            SystemPartial = [.. All(f => f.SystemNames?.Partial, "systemNames.partial")],
            SystemUsesFor = [.. All(f => f.SystemNames?.UsesFor, "systemNames.usesFor")],
            SystemFleetOf = [.. All(f => f.SystemNames?.FleetOf, "systemNames.fleetOf")],
            TableMetricFirst = [.. All(f => f.Tables?.MetricFirst, "tables.metricFirst")],
            TableVariant = [.. All(f => f.Tables?.Variant, "tables.variant")],
            TableVariantColumn = [.. All(f => f.Tables?.VariantColumn, "tables.variantColumn")],
            TableConfig = [.. All(f => f.Tables?.Config, "tables.config")],
            TableChange = [.. All(f => f.Tables?.Change, "tables.change")],
            TableEffect = [.. All(f => f.Tables?.Effect, "tables.effect")],
            TableCondition = [.. All(f => f.Tables?.Condition, "tables.condition")],
            TableComparisonCaption = [.. All(f => f.Tables?.ComparisonCaption, "tables.comparisonCaption")],
            TableUpperLimit = [.. All(f => f.Tables?.UpperLimit, "tables.upperLimit")],
            TableBaseline = [.. All(f => f.Tables?.Baseline, "tables.baseline")],
            TableResult = [.. All(f => f.Tables?.Result, "tables.result")],
            NotNames = All(f => f.Structure?.NotNames, "structure.notNames").ToHashSet(StringComparer.OrdinalIgnoreCase),
            NamesColumn = [.. All(f => f.Structure?.NamesColumn, "structure.namesColumn")],
            OrganizationWord = WordPrefixPattern(All(f => f.Structure?.OrganizationWords, "structure.organizationWords")),
            ProjectWord = WordPrefixPattern(All(f => f.Structure?.ProjectWords, "structure.projectWords")),
            DescribedSuffixes = [.. All(f => f.Structure?.DescribedSuffixes, "structure.describedSuffixes")],
            NameConnectors = All(f => f.Structure?.Connectors, "structure.connectors").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Countries = countries,
            ChromeLines = [.. All(f => f.PageChrome?.Lines, "pageChrome.lines")],
            FooterStarts = [.. All(f => f.PageChrome?.FooterStarts, "pageChrome.footerStarts")],
            WebMarkers = [.. All(f => f.PageChrome?.WebMarkers, "pageChrome.webMarkers")],
            DomainNames = domainNames,
            DomainKeywords = domainKeywords,
            Organizations = OrganizationLexicon.Build(
                (pick, section) => [.. All(f => f.Organizations is null ? null : pick(f.Organizations), "organizations." + section)],
                [.. All(f => f.GoWords, "goWords")]),
        };
        return check.HasProblems ? null : lexicon;
    }

    private static bool[] NumeralStartTable(IEnumerable<char> starts)
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var c in starts)
        {
            table[c] = true;
        }

        return table;
    }

    // Heading words are stems ("compan" for company and companies): matched anywhere, case-insensitively. An alternation
    // of literal stems cannot backtrack catastrophically: no timeout, whose clock is read on every match.
    private static Regex WordPrefixPattern(IEnumerable<string> stems) =>
        new("(?i:" + string.Join('|', stems.OrderByDescending(s => s.Length).Select(s => Regex.Escape(s).Replace(@"\ ", @"\s*", StringComparison.Ordinal))) + ")",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Words keyed by a slug, flattened in the order of <paramref name="order"/> (or as read when null).</summary>
    private static List<(string Word, T Value)> Keyed<T>(
        List<(string Language, LexiconFile File)> files, Func<LexiconFile, Dictionary<string, List<string>>?> pick, string section,
        IReadOnlyDictionary<string, T> keys, Checker check, IReadOnlyList<T>? order)
    {
        var found = new List<(string Word, T Value)>();
        var owner = new Dictionary<string, (string Key, string Language)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, file) in files)
        {
            foreach (var (key, words) in pick(file) ?? [])
            {
                if (!keys.TryGetValue(key, out var value))
                {
                    check.Problem($"{language}.json: {section}.{key} is not one of {string.Join(", ", keys.Keys)}");
                    continue;
                }

                foreach (var word in check.Words(language, $"{section}.{key}", words))
                {
                    // Latin words are matched ignoring case, so "CPU" and "cpu" are one word there.
                    var folded = word.All(char.IsAscii) ? word.ToUpperInvariant() : word;
                    if (owner.TryGetValue(folded, out var first) && first.Key != key)
                    {
                        check.Problem($"{language}.json: {section}.{key}: \"{word}\" is already under {section}.{first.Key} ({first.Language}.json)");
                        continue;
                    }

                    owner[folded] = (key, language);
                    found.Add((word, value));
                }
            }
        }

        if (order is null)
        {
            return [.. found.DistinctBy(f => f.Word)];
        }

        return [.. found.DistinctBy(f => f.Word).OrderBy(f => IndexOf(order, f.Value)).ThenByDescending(f => f.Word.Length)];
    }

    private static int IndexOf<T>(IReadOnlyList<T> order, T value)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(order[i], value))
            {
                return i;
            }
        }

        return order.Count;
    }

    private static Dictionary<char, double> Chars(
        List<(string Language, LexiconFile File)> files, Func<LexiconFile, Dictionary<string, double>?> pick, string section, Checker check)
    {
        var map = new Dictionary<char, double>();
        foreach (var (language, file) in files)
        {
            foreach (var (key, value) in pick(file) ?? [])
            {
                if (key.Length != 1)
                {
                    check.Problem($"{language}.json: {section}: \"{key}\" must be a single character");
                }
                else if (map.TryGetValue(key[0], out var other) && other != value)
                {
                    check.Problem($"{language}.json: {section}: \"{key}\" is {value} here but {other} in another file");
                }
                else
                {
                    map[key[0]] = value;
                }
            }
        }

        return map;
    }

    private static Dictionary<string, double> Words(
        List<(string Language, LexiconFile File)> files, Func<LexiconFile, Dictionary<string, double>?> pick, string section, Checker check)
    {
        var map = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, file) in files)
        {
            foreach (var (key, value) in pick(file) ?? [])
            {
                if (string.IsNullOrWhiteSpace(key) || !key.All(char.IsLetter))
                {
                    check.Problem($"{language}.json: {section}: \"{key}\" must be one word of letters");
                }
                else if (value <= 0 && section != "numerals.ones")
                {
                    check.Problem($"{language}.json: {section}.{key} must be positive");
                }
                else
                {
                    map[key] = value;
                }
            }
        }

        return map;
    }

    /// <summary>Collects problems; checks the words of one list.</summary>
    private sealed class Checker(List<string> problems)
    {
        public bool HasProblems => problems.Count > 0;

        public void Problem(string problem) => problems.Add(problem);

        public IEnumerable<string> Words(string language, string section, IEnumerable<string>? words)
        {
            var index = 0;
            foreach (var word in words ?? [])
            {
                if (string.IsNullOrWhiteSpace(word))
                {
                    Problem($"{language}.json: {section}[{index}] is empty");
                }
                else if (word != word.Trim())
                {
                    Problem($"{language}.json: {section}[{index}] \"{word}\" has spaces around it");
                }
                else
                {
                    yield return word;
                }

                index++;
            }
        }

        public void Unique(IEnumerable<(string Word, string Meaning)> words, string section, bool ignoreCase)
        {
            var seen = new Dictionary<string, string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            foreach (var (word, meaning) in words)
            {
                if (seen.TryGetValue(word, out var other) && other != meaning)
                {
                    Problem($"{section}: \"{word}\" means both {other} and {meaning}");
                }

                seen[word] = meaning;
            }
        }
    }
}
