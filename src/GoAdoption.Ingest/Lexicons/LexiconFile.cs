using System.Text.Json.Serialization;

namespace GoAdoption.Ingest.Lexicons;

/// <summary>
/// One language's word lists as written in <c>Lexicons/&lt;language&gt;.json</c>. Every section is optional: a language
/// gives the words it has, and <see cref="Lexicon"/> merges all files, since a document in one language quotes others.
/// </summary>
internal sealed class LexiconFile
{
    public string? Language { get; set; }

    /// <summary>How Go itself is written beyond "Go" ("Go语言", "Go 언어").</summary>
    public List<string>? GoWords { get; set; }

    /// <summary>Metric slug → the words that name it.</summary>
    public Dictionary<string, List<string>>? Metrics { get; set; }

    /// <summary>Statistic slug → the words that name it.</summary>
    public Dictionary<string, List<string>>? Statistics { get; set; }

    /// <summary>decrease / increase / improve → change verbs.</summary>
    public Dictionary<string, List<string>>? ChangeVerbs { get; set; }

    /// <summary>"more than": a verb followed by these bounds a figure instead of stating a change.</summary>
    public List<string>? ComparativeBounds { get; set; }

    /// <summary>Bound slug → words written before a number ("over", "超过", "약").</summary>
    public Dictionary<string, List<string>>? BoundsBefore { get; set; }

    /// <summary>Words written after a number ("以上", "이하", "程度").</summary>
    public List<AfterBoundWord>? BoundsAfter { get; set; }

    /// <summary>Unit key (ns, ms, KB, percent, times, per-second…) → the tokens written for it.</summary>
    public Dictionary<string, List<string>>? Units { get; set; }

    public NumeralWords? Numerals { get; set; }

    /// <summary>Counter words written right after a number (个, 건, 台).</summary>
    public List<string>? Counters { get; set; }

    /// <summary>Count class (instances, connections, services, events) → nouns written after a number.</summary>
    public Dictionary<string, List<string>>? CountWords { get; set; }

    /// <summary>Count class → nouns written before a number ("节点数 5000", "number of servers").</summary>
    public Dictionary<string, List<string>>? CountWordsBefore { get; set; }

    public RateWords? PerSecond { get; set; }

    public RateWords? PerDay { get; set; }

    /// <summary>How a before→after pair is written (从 X 至 Y, from X to Y, X에서 Y로, X から Y に).</summary>
    public PairWords? Pairs { get; set; }

    /// <summary>How a share of a whole is written ("30 percent of the clusters", "其中 60%").</summary>
    public ShareWords? Shares { get; set; }

    /// <summary>Words joining the two ends of a range ("至", "to").</summary>
    public List<string>? RangeConnectors { get; set; }

    /// <summary>Tokens right before a number that make it something other than a quantity ($, #, v).</summary>
    public List<string>? NotQuantityBefore { get; set; }

    /// <summary>Tokens right after a number that make it a date, an amount of money or an ordinal (年, 원, th).</summary>
    public List<string>? NotQuantityAfter { get; set; }

    /// <summary>A clause with one of these states a setting, limit or test condition, not an outcome.</summary>
    public List<string>? ConfigCues { get; set; }

    /// <summary>Written right before a duration, these make it an interval ("every 30 s").</summary>
    public List<string>? IntervalPrefixes { get; set; }

    /// <summary>Verbs that bring in a project as a tool ("采用 gRPC", "built with etcd").</summary>
    public List<string>? ToolVerbs { get; set; }

    public MigrationWords? Migration { get; set; }

    public UsageWords? Usage { get; set; }

    public ComparisonWords? Comparison { get; set; }

    /// <summary>"customers include": the companies named after it use the project just described.</summary>
    public List<string>? CustomersInclude { get; set; }

    /// <summary>Words in a table header that name a column of users or customers.</summary>
    public List<string>? UsersColumn { get; set; }

    public SystemNameWords? SystemNames { get; set; }

    public TableWords? Tables { get; set; }

    public StructureWords? Structure { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code → the country's names.</summary>
    public Dictionary<string, List<string>>? Countries { get; set; }

    public PageChromeWords? PageChrome { get; set; }

    public OrganizationWords? Organizations { get; set; }

    /// <summary>Taxonomy slug → the domain's display name and keywords in this language.</summary>
    public Dictionary<string, DomainWords>? Domains { get; set; }
}

internal sealed class AfterBoundWord
{
    public string? Word { get; set; }

    public string? Bound { get; set; }

    /// <summary>Only when no ideograph follows (a lone 内 is "within", 内存 is memory).</summary>
    public bool Standalone { get; set; }

    /// <summary>Only after a bare number or a count (300多个), never after a unit.</summary>
    public bool CountsOnly { get; set; }

    /// <summary>Only when nothing else bounded the number already (万级).</summary>
    public bool IfExact { get; set; }
}

internal sealed class NumeralWords
{
    public Dictionary<string, double>? Digits { get; set; }

    public Dictionary<string, double>? Small { get; set; }

    public Dictionary<string, double>? Big { get; set; }

    /// <summary>Prefixes meaning "several" (数百万, 수백만): the figure is a lower bound.</summary>
    public List<string>? Several { get; set; }

    /// <summary>The fraction marker between denominator and numerator (三分之二).</summary>
    public List<string>? FractionOf { get; set; }

    public Dictionary<string, double>? Ones { get; set; }

    public Dictionary<string, double>? Tens { get; set; }

    public Dictionary<string, double>? Scales { get; set; }

    /// <summary>Letters glued to digits that scale them (10K, 1.2M).</summary>
    public Dictionary<string, double>? SuffixScales { get; set; }

    /// <summary>Fraction word → denominator (third → 3).</summary>
    public Dictionary<string, double>? Fractions { get; set; }

    public List<string>? Articles { get; set; }

    public List<string>? Twice { get; set; }

    /// <summary>"half" is a ratio only before these ("half the", "half of").</summary>
    public List<string>? HalfFollowers { get; set; }
}

internal sealed class RateWords
{
    public List<string>? Before { get; set; }

    public List<string>? After { get; set; }
}

internal sealed class ShareWords
{
    /// <summary>Written right after the percentage: "of", 的, 의, の.</summary>
    public List<string>? After { get; set; }

    /// <summary>Written right before it, taking a share of a figure just stated: 其中, "of which", そのうち, 그중.</summary>
    public List<string>? Before { get; set; }

    /// <summary>People a share may be of; a share of people (developers, respondents) is a survey figure, not a claim.</summary>
    public List<string>? People { get; set; }
}

internal sealed class PairWords
{
    /// <summary>Written before the first figure: 从, from.</summary>
    public List<string>? FromBefore { get; set; }

    /// <summary>Written right after the first figure: 에서, から.</summary>
    public List<string>? FromAfter { get; set; }

    /// <summary>Written between the figures after a <see cref="FromBefore"/> word: 至, to.</summary>
    public List<string>? ToBetween { get; set; }

    /// <summary>Written right after the second figure after a <see cref="FromAfter"/> word: 로, に.</summary>
    public List<string>? ToAfter { get; set; }
}

internal sealed class MigrationWords
{
    public List<string>? Verbs { get; set; }

    /// <summary>Written right before the language moved off ("from Java", "替换原有").</summary>
    public List<string>? FromBefore { get; set; }

    /// <summary>Written right after it ("Java에서", "PHPから").</summary>
    public List<string>? FromAfter { get; set; }

    /// <summary>Words allowed between a <see cref="FromBefore"/> word and the language ("from the", "从单体").</summary>
    public List<string>? Fillers { get; set; }
}

internal sealed class UsageWords
{
    /// <summary>Written right before Go when Go is put to use ("using Go", "用 Go").</summary>
    public List<string>? Before { get; set; }

    /// <summary>Written right after Go when Go is put to use ("Go powers", "Go 编写", "Go로").</summary>
    public List<string>? After { get; set; }

    /// <summary>Adoption verbs: a name followed by one of these and Go (or Go and one of these) adopts Go.</summary>
    public List<string>? Verbs { get; set; }

    /// <summary>Prepositions before Go that end a verb phrase: "wrote its geo-fence service in Go".</summary>
    public List<string>? Prepositions { get; set; }

    /// <summary>Verbs whose object is put into Go by a preposition after it: "wrote … in Go", "rebuilt … with Go".</summary>
    public List<string>? ImplementationVerbs { get; set; }
}

internal sealed class ComparisonWords
{
    /// <summary>Right before a name that is only a point of comparison ("similar to", "类似").</summary>
    public List<string>? Before { get; set; }

    /// <summary>Right after it ("… 的开源替代", "alternative").</summary>
    public List<string>? After { get; set; }
}

internal sealed class SystemNameWords
{
    /// <summary>Head nouns that end a CJK system name (系统, 服务, サーバー).</summary>
    public List<string>? Suffixes { get; set; }

    /// <summary>Verbs and particles that end a CJK noun phrase read backwards from its head.</summary>
    public List<string>? Stops { get; set; }

    /// <summary>Head nouns of an English system name (service, engine, pipeline).</summary>
    public List<string>? Nouns { get; set; }

    /// <summary>Words trimmed from the front of an English system name (the, its, many).</summary>
    public List<string>? Fillers { get; set; }

    /// <summary>"部分", "some": dropped from the front of a system name.</summary>
    public List<string>? Partial { get; set; }

    /// <summary>"uses Go for": what follows names the system.</summary>
    public List<string>? UsesFor { get; set; }

    /// <summary>"fleet of": dropped from the front of a system name.</summary>
    public List<string>? FleetOf { get; set; }
}

internal sealed class TableWords
{
    public List<string>? MetricFirst { get; set; }

    public List<string>? Variant { get; set; }

    public List<string>? VariantColumn { get; set; }

    public List<string>? Config { get; set; }

    public List<string>? Change { get; set; }

    public List<string>? Effect { get; set; }

    public List<string>? Condition { get; set; }

    public List<string>? ComparisonCaption { get; set; }

    public List<string>? UpperLimit { get; set; }

    public List<string>? Baseline { get; set; }

    public List<string>? Result { get; set; }
}

internal sealed class StructureWords
{
    public List<string>? NotNames { get; set; }

    public List<string>? NamesColumn { get; set; }

    public List<string>? OrganizationWords { get; set; }

    public List<string>? ProjectWords { get; set; }

    public List<string>? DescribedSuffixes { get; set; }

    public List<string>? Connectors { get; set; }
}

internal sealed class PageChromeWords
{
    public List<string>? Lines { get; set; }

    public List<string>? FooterStarts { get; set; }

    public List<string>? WebMarkers { get; set; }
}

/// <summary>
/// The words that tell an organization in running text, and who it is: legal suffixes, the nouns that introduce a
/// list of companies, self-references ("we", 我们), the phrases of a byline and of a title. Patterns use the
/// placeholders {name}, {go}, {role}, {team} and {gap} (a short run of words).
/// </summary>
internal sealed class OrganizationWords
{
    /// <summary>Written after a name: "Inc.", "股份有限公司", "株式会社".</summary>
    public List<string>? Suffixes { get; set; }

    /// <summary>Written before a name: "株式会社メルカリ", "주식회사 카카오".</summary>
    public List<string>? Prefixes { get; set; }

    /// <summary>Nouns for organizations ("companies", "企业", "기업"), which introduce lists of them.</summary>
    public List<string>? Nouns { get; set; }

    /// <summary>"such as", "例如", "을 비롯해": written before a list of examples.</summary>
    public List<string>? ListIntroducers { get; set; }

    /// <summary>"等", "등", "など": written after a list of examples.</summary>
    public List<string>? ListClosers { get; set; }

    /// <summary>Words that open a sentence or a title without being part of the name after them ("The", "In", "Using").</summary>
    public List<string>? LeadingWords { get; set; }

    /// <summary>What separates the items of a list of names: ",", "and", "、", "和", "나", "や".</summary>
    public List<string>? ListSeparators { get; set; }

    /// <summary>Written before the agent of a passive ("used by X", "被 X 采用").</summary>
    public List<string>? AgentMarkers { get; set; }

    /// <summary>"we", "our team", 我们, 우리, 当社: the document's own organization.</summary>
    public List<string>? SelfReferences { get; set; }

    /// <summary>"they", "their", 他们, 同社: the organization named just before.</summary>
    public List<string>? OtherReferences { get; set; }

    /// <summary>How an organization's own blog signs an author line: "Engineering", "Tech Blog", "技术团队", "テックブログ".</summary>
    public List<string>? AuthorSignatures { get; set; }

    public List<string>? TeamWords { get; set; }

    public List<string>? RoleWords { get; set; }

    /// <summary>A byline: "engineer at {name}", "是 {name} 的", "{name}の{role}".</summary>
    public List<string>? SelfIntroductions { get; set; }

    /// <summary>Titles about one organization: "how {name} uses {go}", "{name}의 {go} 도입기".</summary>
    public List<string>? TitlePatterns { get; set; }

    /// <summary>"{name} is a", "{name} 是一家": what follows describes the name.</summary>
    public List<string>? Descriptions { get; set; }

    /// <summary>"not", "instead of", 不, 않: a sentence that denies the use.</summary>
    public List<string>? Negations { get; set; }

    /// <summary>"created", "developed", 开发, 만든: Go or a Go project made by an organization.</summary>
    public List<string>? CreationVerbs { get; set; }

    /// <summary>"written in", "open source", 开源: a description that makes a name software rather than an organization.</summary>
    public List<string>? ProjectCues { get; set; }

    /// <summary>Particles and function words glued to a name in CJK text (Korean 은/는/에서, Japanese は/の, Chinese 的/和).</summary>
    public List<string>? Particles { get; set; }

    /// <summary>Particles that mark a sentence's topic or subject (Korean 은/는/이/가, Japanese は/が): the agent of its verb.</summary>
    public List<string>? TopicMarkers { get; set; }

    /// <summary>Prepositions: a name right after one is its object ("a startup from Berlin"), never the subject of the verb that follows.</summary>
    public List<string>? Prepositions { get; set; }

    /// <summary>"at", 在: Go used at a place ("Go 在字节跳动的落地", "Go at Google").</summary>
    public List<string>? LocativeMarkers { get; set; }

    /// <summary>Verbs of a place's use after a place marker: "Go 在 X 的实践", "Go … 在 X 中的落地".</summary>
    public List<string>? LocativeVerbs { get; set; }

    /// <summary>Chinese 将/把: Go put before the verb ("X 将 Go 用于…") keeps X the agent.</summary>
    public List<string>? DisposalMarkers { get; set; }

    /// <summary>Written right before a person's name ("said", "我是", "저는").</summary>
    public List<string>? PersonBefore { get; set; }

    /// <summary>Written right after a person's name ("said", "表示", "さん").</summary>
    public List<string>? PersonAfter { get; set; }

    /// <summary>Capitalized words that are not names (sentence-initial "The", "However", month names, generic nouns).</summary>
    public List<string>? CommonWords { get; set; }
}

internal sealed class DomainWords
{
    public string? Name { get; set; }

    public List<string>? Keywords { get; set; }
}

/// <summary>The JSON options the lexicon files are read with: camelCase, strict about unknown keys.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(LexiconFile))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
