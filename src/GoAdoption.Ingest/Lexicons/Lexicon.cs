using System.Collections.Frozen;
using System.Text.RegularExpressions;
using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Claims;

namespace GoAdoption.Ingest.Lexicons;

/// <summary>A word written after a number that bounds it, with the conditions it needs.</summary>
internal sealed record AfterBound(string Word, ClaimBound Bound, bool Standalone, bool CountsOnly, bool IfExact);

/// <summary>A unit token and what it converts to.</summary>
internal sealed record UnitWord(string Token, QuantityKind Kind, double Factor);

/// <summary>A change verb and which way it moves a metric.</summary>
internal sealed record ChangeVerb(string Word, int Direction, bool IsImprovement);

/// <summary>
/// Every language's word lists merged into one: the words that make a figure a claim (metrics, statistics, change verbs,
/// bounds, units, magnitudes, before/after phrasings), the words of adoption and migration, the words of document
/// structure and page chrome, and the domain keywords. Built from the <c>Lexicons/*.json</c> files by
/// <see cref="LexiconLoader"/>; read-only and thread-safe.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Embedded = new(LexiconLoader.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon shipped with the importer; throws <see cref="LexiconException"/> when a file is invalid.</summary>
    public static Lexicon Default => Embedded.Value;

    public required IReadOnlyList<string> Languages { get; init; }

    public required IReadOnlyList<string> GoWords { get; init; }

    /// <summary>Metric words, most specific metric first ("GC 停顿" is a pause before it is a time).</summary>
    public required IReadOnlyList<(string Word, ClaimMetric Metric)> MetricWords { get; init; }

    /// <summary>Statistic words, most specific first (P99.9 before P99).</summary>
    public required IReadOnlyList<(string Word, ClaimStatistic Statistic)> StatisticWords { get; init; }

    public required IReadOnlyList<ChangeVerb> ChangeVerbs { get; init; }

    public required IReadOnlyList<string> ComparativeBounds { get; init; }

    /// <summary>Bounds written before a number, longest first.</summary>
    public required IReadOnlyList<(string Word, ClaimBound Bound)> BoundsBefore { get; init; }

    /// <summary>Bounds written after a number, longest first.</summary>
    public required IReadOnlyList<AfterBound> BoundsAfter { get; init; }

    public required IReadOnlyList<UnitWord> Units { get; init; }

    public required IReadOnlyDictionary<char, double> Digits { get; init; }

    public required IReadOnlyDictionary<char, double> SmallMagnitudes { get; init; }

    public required IReadOnlyDictionary<char, double> BigMagnitudes { get; init; }

    public required IReadOnlySet<char> SeveralPrefixes { get; init; }

    public required IReadOnlyList<string> FractionOf { get; init; }

    /// <summary>English-style number words: ones and teens, tens, scales, fraction denominators.</summary>
    public required FrozenDictionary<string, double> OnesWords { get; init; }

    public required FrozenDictionary<string, double> TensWords { get; init; }

    public required FrozenDictionary<string, double> ScaleWords { get; init; }

    public required IReadOnlyDictionary<char, double> SuffixScales { get; init; }

    public required FrozenDictionary<string, double> FractionWords { get; init; }

    public required FrozenSet<string> Articles { get; init; }

    public required FrozenSet<string> TwiceWords { get; init; }

    public required FrozenSet<string> HalfFollowers { get; init; }

    /// <summary>Lowercase first letters of every number word, to skip positions no word can start at.</summary>
    public required IReadOnlySet<char> NumberWordInitials { get; init; }

    /// <summary>Characters a CJK or Hangul numeral can start with (digits, magnitudes, "several" prefixes), as a lookup table.</summary>
    public required bool[] NumeralStarts { get; init; }

    public required string Counters { get; init; }

    public required IReadOnlyList<(string Word, CountClass Class)> CountWords { get; init; }

    public required IReadOnlyList<(string Word, CountClass Class)> CountWordsBefore { get; init; }

    public required IReadOnlyList<string> PerSecondBefore { get; init; }

    public required IReadOnlyList<string> PerSecondAfter { get; init; }

    public required IReadOnlyList<string> PerDayBefore { get; init; }

    public required IReadOnlyList<string> PerDayAfter { get; init; }

    public required IReadOnlyList<string> PairFromBefore { get; init; }

    public required IReadOnlyList<string> PairFromAfter { get; init; }

    public required IReadOnlyList<string> PairToBetween { get; init; }

    /// <summary>Words right after a percentage that make it a share of a whole ("of", 的), longest first.</summary>
    public required IReadOnlyList<string> ShareAfter { get; init; }

    /// <summary>Words right before a percentage that take a share of a figure just stated (其中, "of which"), longest first.</summary>
    public required IReadOnlyList<string> ShareBefore { get; init; }

    /// <summary>Nouns for people: a share of them is a survey figure.</summary>
    public required Regex SharePeople { get; init; }

    public required IReadOnlyList<string> PairToAfter { get; init; }

    public required IReadOnlyList<string> RangeConnectors { get; init; }

    public required IReadOnlyList<string> NotQuantityBefore { get; init; }

    public required IReadOnlyList<string> NotQuantityAfter { get; init; }

    /// <summary>A clause stating a setting, a limit or a test condition (and CLI flags such as "-c 200").</summary>
    public required Regex ConfigCue { get; init; }

    /// <summary>Matches at the end of the text before a duration that is an interval ("每", "every").</summary>
    public required Regex IntervalPrefix { get; init; }

    public required Regex ToolVerb { get; init; }

    public required IReadOnlyList<string> MigrationVerbs { get; init; }

    public required IReadOnlyList<string> MigrationFromBefore { get; init; }

    public required IReadOnlyList<string> MigrationFromAfter { get; init; }

    public required IReadOnlyList<string> MigrationFillers { get; init; }

    public required IReadOnlyList<string> UsageBefore { get; init; }

    public required IReadOnlyList<string> UsageAfter { get; init; }

    public required IReadOnlyList<string> AdoptionVerbs { get; init; }

    public required IReadOnlyList<string> UsagePrepositions { get; init; }

    public required IReadOnlyList<string> ImplementationVerbs { get; init; }

    public required IReadOnlyList<string> ComparisonBefore { get; init; }

    public required IReadOnlyList<string> ComparisonAfter { get; init; }

    public required Regex CustomersInclude { get; init; }

    public required Regex UsersColumn { get; init; }

    public required IReadOnlyList<string> SystemSuffixes { get; init; }

    public required IReadOnlyList<string> SystemStops { get; init; }

    public required IReadOnlyList<string> SystemNouns { get; init; }

    public required IReadOnlySet<string> SystemFillers { get; init; }

    public required IReadOnlyList<string> SystemPartial { get; init; }

    public required IReadOnlyList<string> SystemUsesFor { get; init; }

    public required IReadOnlyList<string> SystemFleetOf { get; init; }

    public required IReadOnlyList<string> TableMetricFirst { get; init; }

    public required IReadOnlyList<string> TableVariant { get; init; }

    public required IReadOnlyList<string> TableVariantColumn { get; init; }

    public required IReadOnlyList<string> TableConfig { get; init; }

    public required IReadOnlyList<string> TableChange { get; init; }

    public required IReadOnlyList<string> TableEffect { get; init; }

    public required IReadOnlyList<string> TableCondition { get; init; }

    public required IReadOnlyList<string> TableComparisonCaption { get; init; }

    public required IReadOnlyList<string> TableUpperLimit { get; init; }

    public required IReadOnlyList<string> TableBaseline { get; init; }

    public required IReadOnlyList<string> TableResult { get; init; }

    public required IReadOnlySet<string> NotNames { get; init; }

    public required IReadOnlyList<string> NamesColumn { get; init; }

    public required Regex OrganizationWord { get; init; }

    public required Regex ProjectWord { get; init; }

    public required IReadOnlyList<string> DescribedSuffixes { get; init; }

    public required IReadOnlySet<string> NameConnectors { get; init; }

    /// <summary>Country name (any language, case-insensitive) → ISO code.</summary>
    public required IReadOnlyDictionary<string, string> Countries { get; init; }

    public required IReadOnlyList<string> ChromeLines { get; init; }

    public required IReadOnlyList<string> FooterStarts { get; init; }

    public required IReadOnlyList<string> WebMarkers { get; init; }

    public required OrganizationLexicon Organizations { get; init; }

    /// <summary>Taxonomy slug → display name per language.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DomainNames { get; init; }

    /// <summary>Taxonomy slug → keywords of every language.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> DomainKeywords { get; init; }
}

/// <summary>A lexicon file that cannot be used, with every problem found in it.</summary>
public sealed class LexiconException : Exception
{
    public LexiconException(IReadOnlyList<string> problems)
        : base("The lexicon is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    public LexiconException()
    {
        Problems = [];
    }

    public LexiconException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
