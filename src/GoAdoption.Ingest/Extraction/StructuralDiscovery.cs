using System.Text.RegularExpressions;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Extraction;

/// <summary>
/// Finds organization and project names the gazetteer does not know from where they sit: "### 3) Acme" headings,
/// numbered lists of bare names, "Name:" bullets, first cells of company/project tables, <c>[Name](url)</c> entries
/// under a country heading, bare names quoted under an "etc" heading. A position counts only under a heading that
/// is about companies, projects or cases, so "Ring Buffer:" in a design note stays a phrase.
/// </summary>
internal static partial class StructuralDiscovery
{
    private const int MaxNameLength = 40;
    private const int MaxLatinWords = 4;
    private const int MaxCjkNameLength = 12;

    /// <summary>
    /// The names the document's structure introduces: new ones, and the slugs of known ones in the same positions
    /// (a numbered list of the companies that use Go names Uber as surely as it names a company nobody knows).
    /// </summary>
    public static (List<DiscoveredName> Discovered, List<(string Slug, int Line, string Quote)> Known) Discover(
        IReadOnlyList<Passage> passages, IReadOnlyList<string> lines, NameGazetteer gazetteer)
    {
        var found = new List<DiscoveredName>();
        var known = new List<(string, int, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? tableHeader = null;

        void Consider(string raw, Passage passage, int line, string? category, string? country, bool projectContext)
        {
            var name = Clean(raw, out var parenthetical);
            category ??= parenthetical;
            if (!IsNameLike(name))
            {
                return;
            }

            if (gazetteer.FindExact(name) is { } exact)
            {
                known.Add((exact.Slug, line, raw.Trim()));
                return;
            }

            if (gazetteer.Matcher.FindAll(name) is { Count: > 0 } inside)
            {
                known.Add((inside[0].Value.Slug, line, raw.Trim()));
                return;
            }

            var near = gazetteer.FindNear(name);
            var kind = near?.Kind ?? (projectContext || IsProjectWord(category) ? EntityKind.Project : EntityKind.Company);
            var discovered = new DiscoveredName(name, kind, country ?? CountryOf(passage.HeadingPath), category, line, near);
            if (discovered.Slug.Length > 0 && (near is not null || gazetteer.FindBySlug(discovered.Slug) is null)
                && seen.Add(discovered.Slug + "\u0000" + name))
            {
                found.Add(discovered);
            }
        }

        foreach (var passage in passages)
        {
            ReadBudget.Check();
            if (passage.Kind != PassageKind.TableRow)
            {
                tableHeader = passage.Kind == PassageKind.TableHeader ? passage.Text : null;
            }

            // Site-template cards are read by their own reader, from what the template says they are.
            if (!passage.IsFactBearing || passage.Entry is not null)
            {
                continue;
            }

            var context = HasOrganizationContext(passage.HeadingPath);
            var projectContext = IsProjectWord(string.Join(' ', passage.HeadingPath));
            var original = lines[passage.LineStart - 1];
            switch (passage.Kind)
            {
                case PassageKind.Heading when context || Words.Countries.ContainsKey(passage.Text.Trim()):
                    if (NumberedHeading().Match(passage.Text) is { Success: true } numbered)
                    {
                        Consider(numbered.Groups["name"].Value, passage, passage.LineStart, null, null, projectContext);
                    }

                    break;
                case PassageKind.Heading:
                    if (Described.Value.Match(passage.Text) is { Success: true } described
                        && described.Groups["name"].Value.All(char.IsAscii))
                    {
                        Consider(described.Groups["name"].Value, passage, passage.LineStart, described.Groups["desc"].Value,
                            null, projectContext);
                    }

                    break;
                case PassageKind.ListItem:
                    DiscoverListItem(passage, original, context, projectContext, Consider);
                    break;
                case PassageKind.Quote when context:
                    for (var i = 0; i < passage.Text.Split('\n').Length; i++)
                    {
                        Consider(passage.Text.Split('\n')[i], passage, passage.LineStart + i, null, null, projectContext);
                    }

                    break;
                case PassageKind.TableRow when tableHeader is not null && NamesColumnOf(tableHeader) is { } header:
                    var cells = passage.Text.Contains(" | ", StringComparison.Ordinal)
                        ? passage.Text.Split(" | ")
                        : passage.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    Consider(cells[0], passage, passage.LineStart, null, null, IsProjectWord(header));
                    break;
            }
        }

        return (found, known);
    }

    private static void DiscoverListItem(Passage passage, string original, bool context, bool projectContext,
        Action<string, Passage, int, string?, string?, bool> consider)
    {
        var text = passage.Text.Split('\n')[0];
        var country = CountryOf(passage.HeadingPath);
        if (LinkItem().Match(text) is { Success: true } link && (country is not null || context))
        {
            consider(link.Groups["name"].Value, passage, passage.LineStart, link.Groups["desc"].Value, country, projectContext);
            return;
        }

        if (!context && country is null)
        {
            return;
        }

        if (NamedBullet().Match(text) is { Success: true } named)
        {
            consider(named.Groups["name"].Value, passage, passage.LineStart, null, null, projectContext);
        }
        else if (NumberedLine().IsMatch(original) || passage.Text.Length <= MaxNameLength)
        {
            consider(text, passage, passage.LineStart, null, null, projectContext);
        }
    }

    private static string Clean(string raw, out string? parenthetical)
    {
        var name = raw.Trim().Trim('*', '_', '`', '"', '“', '”');
        parenthetical = null;
        if (TrailingParenthetical().Match(name) is { Success: true } p && p.Index > 0)
        {
            parenthetical = p.Groups["inner"].Value.Trim();
            name = name[..p.Index].Trim();
        }

        return name;
    }

    private static bool IsNameLike(string name)
    {
        if (name.Length is 0 or > MaxNameLength || Words.NotNames.Contains(name) || name.All(c => char.IsDigit(c) || c == '.'))
        {
            return false;
        }

        if (name.All(c => c < 0x80))
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= MaxLatinWords && LatinName().IsMatch(name)
                && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w.Any(char.IsUpper) || Words.NameConnectors.Contains(w))
                && (!Words.NameConnectors.Contains(words[0]) || words[0] == "The");
        }

        return name.Length <= MaxCjkNameLength && CjkName().IsMatch(name);
    }

    // Only the nearest headings count: a page title that says "companies" does not make every bullet a name. An
    // "etc" section inherits from any ancestor, since it only continues a list begun above.
    private static bool HasOrganizationContext(IReadOnlyList<string> headingPath)
    {
        // "### 3) Dailymotion" above "### 4) Twitch" is a sibling entry of the same list, not a section of its own.
        headingPath = [.. headingPath.Where(h => !(NumberedHeading().Match(h) is { Success: true } entry && IsNameLike(Clean(entry.Groups["name"].Value, out _)))
            || Words.OrganizationWord.IsMatch(h))];
        if (headingPath.Count == 0)
        {
            return false;
        }

        var innermost = NumberPrefix().Replace(headingPath[^1], string.Empty).Trim();
        var scope = Words.NotNames.Contains(innermost) ? headingPath : headingPath.Skip(Math.Max(0, headingPath.Count - 2));
        return scope.Any(h => Words.OrganizationWord.IsMatch(h));
    }

    private static bool IsProjectWord(string? text) => text is not null && Words.ProjectWord.IsMatch(text);

    private static Lexicon Words => Lexicon.Default;

    // "项目 用途", "Company | Site": the first cell of the header names the entities listed below it.
    private static string? NamesColumnOf(string header)
    {
        var first = header.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first is not null && Words.NamesColumn.Contains(first, StringComparer.OrdinalIgnoreCase) ? first : null;
    }

    // "Messaging Queue - NSQ", "Tsuru: An Open Source PAAS Platform": a heading that pairs a name with what it is.
    private static readonly Lazy<Regex> Described = new(() =>
    {
        var suffixes = WordPattern.Alternation(Words.DescribedSuffixes);
        return new Regex(@"^(?<desc>[^-–—:：]{3,60}?" + suffixes + @")\s+[-–—]\s+(?<name>[^-–—]+)$|^(?<name>[^:：]{2,40})[:：]\s*(?<desc>.*" + suffixes + ".*)$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    private static string? CountryOf(IReadOnlyList<string> headingPath)
    {
        for (var i = headingPath.Count - 1; i >= 0; i--)
        {
            var heading = NumberPrefix().Replace(headingPath[i], string.Empty).Trim();
            if (Words.Countries.TryGetValue(heading, out var code))
            {
                return code;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(\d+(\.\d+)*[.)]?|[IVX]+\.)\s*(?<name>\S.*)$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^\[(?<name>[^\]]+)\]\([^)\s]+\)\s*([-–—:：]\s*(?<desc>.*))?$")]
    private static partial Regex LinkItem();

    [GeneratedRegex(@"^(?<name>[^:：(（]{1,40})[:：]\s*\S")]
    private static partial Regex NamedBullet();

    [GeneratedRegex(@"^\s*\d{1,3}[.)]\s+\S")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"[(（](?<inner>[^)）]*)[)）]\s*$")]
    private static partial Regex TrailingParenthetical();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.&'’+\- ]*$")]
    private static partial Regex LatinName();

    [GeneratedRegex(@"^[\p{L}\p{N}·・.&\- ]+$")]
    private static partial Regex CjkName();

    [GeneratedRegex(@"^\s*(\d+(\.\d+)*[.)]?)\s*")]
    private static partial Regex NumberPrefix();
}
