using System.Text;
using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Lexicons;

/// <summary>
/// The organization words of every language, with their patterns compiled: bylines, titles and descriptions each
/// capture the organization in a group named <c>name</c>.
/// </summary>
internal sealed class OrganizationLexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public required IReadOnlyList<string> Suffixes { get; init; }

    public required IReadOnlyList<string> Prefixes { get; init; }

    public required IReadOnlyList<string> Nouns { get; init; }

    public required IReadOnlyList<string> ListIntroducers { get; init; }

    public required IReadOnlyList<string> ListClosers { get; init; }

    public required IReadOnlySet<string> LeadingWords { get; init; }

    public required IReadOnlyList<string> ListSeparators { get; init; }

    public required IReadOnlyList<string> AgentMarkers { get; init; }

    public required IReadOnlyList<string> SelfReferences { get; init; }

    public required IReadOnlyList<string> OtherReferences { get; init; }

    /// <summary>Longest first.</summary>
    public required IReadOnlyList<string> AuthorSignatures { get; init; }

    public required IReadOnlyList<string> TeamWords { get; init; }

    public required IReadOnlyList<string> RoleWords { get; init; }

    public required IReadOnlyList<string> Negations { get; init; }

    public required IReadOnlyList<string> CreationVerbs { get; init; }

    public required IReadOnlyList<string> ProjectCues { get; init; }

    /// <summary>Longest first.</summary>
    public required IReadOnlyList<string> Particles { get; init; }

    public required IReadOnlySet<string> CommonWords { get; init; }

    /// <summary>Longest first.</summary>
    public required IReadOnlyList<string> TopicMarkers { get; init; }

    public required IReadOnlyList<string> DisposalMarkers { get; init; }

    public required IReadOnlyList<string> LocativeMarkers { get; init; }

    /// <summary>Finds a preposition ending right before a name ("from Berlin"): see <see cref="LexiconFile"/>.</summary>
    public required Regex PrepositionBefore { get; init; }

    public required Regex LocativeVerb { get; init; }

    public required IReadOnlyList<NamePattern> SelfIntroductions { get; init; }

    public required IReadOnlyList<NamePattern> TitlePatterns { get; init; }

    public required IReadOnlyList<NamePattern> Descriptions { get; init; }

    /// <summary>Finds a self-reference ("we", 我们, 우리, 当社).</summary>
    public required Regex SelfReference { get; init; }

    /// <summary>Finds a reference back to an organization named before ("they", 他们, 同社).</summary>
    public required Regex OtherReference { get; init; }

    /// <summary>Finds a negation or a contrast ("not", "instead of", 不, 않).</summary>
    public required Regex Negation { get; init; }

    /// <summary>Finds an organization noun ("companies", 企业, 기업, 企業).</summary>
    public required Regex Noun { get; init; }

    /// <summary>Finds a list introducer ("such as", 例如, 을 비롯해).</summary>
    public required Regex ListIntroducer { get; init; }

    /// <summary>Finds a list closer (等, 등, など).</summary>
    public required Regex ListCloser { get; init; }

    /// <summary>Finds a creation verb ("developed", 开发, 만든).</summary>
    public required Regex CreationVerb { get; init; }

    /// <summary>Finds a cue that a name is software ("written in", "open source", 开源).</summary>
    public required Regex ProjectCue { get; init; }

    /// <summary>Finds a team word ("team", 团队, 팀, チーム).</summary>
    public required Regex TeamWord { get; init; }

    /// <summary>Finds a role word ("engineer", "CTO", 工程师, 엔지니어).</summary>
    public required Regex RoleWord { get; init; }

    /// <summary>Matches at the end of the text right before a person's name ("said", "我是").</summary>
    public required Regex PersonBefore { get; init; }

    /// <summary>Matches at the start of the text right after a person's name ("said", "表示", "さん").</summary>
    public required Regex PersonAfter { get; init; }

    public static OrganizationLexicon Build(Func<Func<OrganizationWords, IEnumerable<string>?>, string, List<string>> all, IReadOnlyList<string> goWords)
    {
        var roles = all(o => o.RoleWords, "roleWords");
        var teams = all(o => o.TeamWords, "teamWords");
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = @"(?<name>[^\s,;:!?，。；：！？、「」“”""()（）\[\]][^,;:!?，。；：！？、「」“”""()（）\[\]]{0,58}?)",
            ["go"] = "(?:" + WordPattern.Alternation(goWords) + @"|(?<![A-Za-z])(?:Go|Golang|golang|GO)(?![A-Za-z]))",
            ["role"] = WordPattern.Alternation(roles),
            ["team"] = WordPattern.Alternation(teams),
            ["gap"] = @"[^。.!?！？\n]{0,24}?",
        };

        // A name that ends the template has nothing after it to stop at: it is the capitalized words written there
        // ("engineer at Zentrix Labs, where…"), else what the general slot takes.
        slots[TrailingNameSlot] = @"(?<name>" + TrailingLatinName + "|" + slots["name"][8..^1] + ")";
        return new OrganizationLexicon
        {
            Suffixes = all(o => o.Suffixes, "suffixes"),
            Prefixes = all(o => o.Prefixes, "prefixes"),
            Nouns = all(o => o.Nouns, "nouns"),
            ListIntroducers = all(o => o.ListIntroducers, "listIntroducers"),
            ListClosers = all(o => o.ListClosers, "listClosers"),
            LeadingWords = all(o => o.LeadingWords, "leadingWords").ToHashSet(StringComparer.OrdinalIgnoreCase),
            ListSeparators = all(o => o.ListSeparators, "listSeparators"),
            AgentMarkers = all(o => o.AgentMarkers, "agentMarkers"),
            SelfReferences = all(o => o.SelfReferences, "selfReferences"),
            OtherReferences = all(o => o.OtherReferences, "otherReferences"),
            AuthorSignatures = [.. all(o => o.AuthorSignatures, "authorSignatures").OrderByDescending(p => p.Length)],
            TeamWords = teams,
            RoleWords = roles,
            Negations = all(o => o.Negations, "negations"),
            CreationVerbs = all(o => o.CreationVerbs, "creationVerbs"),
            ProjectCues = all(o => o.ProjectCues, "projectCues"),
            Particles = [.. all(o => o.Particles, "particles").OrderByDescending(p => p.Length)],
            CommonWords = all(o => o.CommonWords, "commonWords").ToHashSet(StringComparer.Ordinal),
            TopicMarkers = [.. all(o => o.TopicMarkers, "topicMarkers").OrderByDescending(p => p.Length)],
            DisposalMarkers = all(o => o.DisposalMarkers, "disposalMarkers"),
            LocativeMarkers = all(o => o.LocativeMarkers, "locativeMarkers"),
            PrepositionBefore = WordPattern.AtEnd(@"(?:^|[\s,(])(?:" + WordPattern.Alternation(all(o => o.Prepositions, "prepositions")) + @")\s+",
                RegexOptions.IgnoreCase),
            LocativeVerb = WordPattern.Any(all(o => o.LocativeVerbs, "locativeVerbs")),
            SelfIntroductions = [.. all(o => o.SelfIntroductions, "selfIntroductions").Select(p => Template(p, slots))],
            TitlePatterns = [.. all(o => o.TitlePatterns, "titlePatterns").Select(p => Template(p, slots))],
            Descriptions = [.. all(o => o.Descriptions, "descriptions").Select(p => Template(p, slots))],
            SelfReference = WordPattern.Any(all(o => o.SelfReferences, "selfReferences")),
            OtherReference = WordPattern.Any(all(o => o.OtherReferences, "otherReferences")),
            Negation = WordPattern.Any(all(o => o.Negations, "negations")),
            Noun = WordPattern.Any(all(o => o.Nouns, "nouns")),
            ListIntroducer = WordPattern.Any(all(o => o.ListIntroducers, "listIntroducers")),
            ListCloser = WordPattern.Any(all(o => o.ListClosers, "listClosers")),
            CreationVerb = WordPattern.Any(all(o => o.CreationVerbs, "creationVerbs")),
            ProjectCue = WordPattern.Any(all(o => o.ProjectCues, "projectCues")),
            TeamWord = WordPattern.Any(teams),
            RoleWord = WordPattern.Any(roles),
            PersonBefore = WordPattern.AtEnd(WordPattern.Alternation(all(o => o.PersonBefore, "personBefore")) + @"\s*"),
            PersonAfter = new Regex(@"^\s*(?:" + WordPattern.Alternation(all(o => o.PersonAfter, "personAfter"))
                + @"|,\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}" + WordPattern.Alternation(roles) + ")", Options),
        };
    }

    /// <summary>
    /// Compiles "how {name} uses {go}": literal words match as the lexicon matches words (Latin ones ignoring case and on
    /// word boundaries), a space may be any run of spaces, and each {slot} is replaced by its pattern.
    /// </summary>
    public static NamePattern Template(string pattern, IReadOnlyDictionary<string, string> slots)
    {
        const string Name = "{name}";
        var literal = LongestLiteral(pattern, slots);
        if (pattern.EndsWith(Name, StringComparison.Ordinal) && slots.ContainsKey(TrailingNameSlot))
        {
            return new NamePattern(TemplateRegex(pattern[..^Name.Length] + "{" + TrailingNameSlot + "}", slots), literal, nameFirst: false, pattern);
        }

        // "{name} is a", "{name}'s {team}": a regex that opens with the name tries one at every position of the text.
        // Matched from what follows the name, which the engine finds by searching for it, with the name read back
        // behind it, the same matches cost a search (see NamePattern). A lazy gap after the name would read back
        // differently, so such templates keep their form.
        var rest = pattern[Name.Length..];
        if (pattern.StartsWith(Name, StringComparison.Ordinal) && !rest.Contains('{' + "name}", StringComparison.Ordinal)
            && !rest.Contains("{gap}", StringComparison.Ordinal) && rest.TrimStart().Length > 0)
        {
            var after = TemplateRegex(rest.TrimStart(), slots).ToString();
            var name = slots["name"].Replace("{0,58}?", "{0,58}", StringComparison.Ordinal);
            var space = rest.StartsWith(' ') ? @"\s*" : string.Empty;
            return new NamePattern(new Regex($"(?:{after})(?<={name}{space}(?:{after}))", Options, TimeSpan.FromSeconds(1)), literal, nameFirst: true, pattern);
        }

        return new NamePattern(TemplateRegex(pattern, slots), literal, nameFirst: false, pattern);
    }

    private const string TrailingNameSlot = "trailing-name";

    private const string LatinWord = @"[A-Z0-9][A-Za-z0-9]*(?:[.\-&'’+][A-Za-z0-9]+)*";
    private const string TrailingLatinName = LatinWord + @"(?:[ \t]+(?:(?:of|&|the|de|for)[ \t]+)?" + LatinWord + ")*";

    // The text between slots is matched as written except that a space may be any run of spaces, or none: only a literal
    // without spaces is sure to be in every match.
    private static string LongestLiteral(string pattern, IReadOnlyDictionary<string, string> slots)
    {
        var literal = string.Empty;
        foreach (var part in System.Text.RegularExpressions.Regex.Split(pattern, @"\{[a-z]+\}|\s+"))
        {
            if (part.Length > literal.Length && !slots.ContainsKey(part))
            {
                literal = part;
            }
        }

        return literal;
    }

    private static Regex TemplateRegex(string pattern, IReadOnlyDictionary<string, string> slots)
    {
        var regex = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == '{' && pattern.IndexOf('}', i) is > 0 and var close && slots.TryGetValue(pattern[(i + 1)..close], out var slot))
            {
                regex.Append(slot);
                i = close + 1;
                continue;
            }

            if (pattern[i] == ' ')
            {
                regex.Append(@"\s*");
                i++;
                continue;
            }

            var c = pattern[i];
            regex.Append(char.IsAsciiLetter(c) ? $"[{char.ToLowerInvariant(c)}{char.ToUpperInvariant(c)}]" : Regex.Escape(c.ToString()));
            i++;
        }

        return new Regex(regex.ToString(), Options, TimeSpan.FromSeconds(1));
    }
}
