using System.Text.RegularExpressions;
using GoAdoption.Ingest.Gazetteer;
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

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "etc.", "others", "other", "misc", "more", "overview", "introduction", "summary", "conclusion",
        "references", "see also", "links", "기타", "其他", "其它", "その他", "等", "概述", "总结", "まとめ",
    };

    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Japan"] = "JP", ["日本"] = "JP", ["일본"] = "JP",
        ["Korea"] = "KR", ["South Korea"] = "KR", ["한국"] = "KR", ["대한민국"] = "KR", ["韩国"] = "KR", ["韓国"] = "KR",
        ["China"] = "CN", ["中国"] = "CN", ["중국"] = "CN",
        ["USA"] = "US", ["United States"] = "US", ["US"] = "US", ["美国"] = "US", ["미국"] = "US", ["アメリカ"] = "US", ["米国"] = "US",
        ["UK"] = "GB", ["United Kingdom"] = "GB", ["英国"] = "GB", ["영국"] = "GB", ["イギリス"] = "GB",
        ["Germany"] = "DE", ["德国"] = "DE", ["독일"] = "DE", ["ドイツ"] = "DE",
        ["France"] = "FR", ["法国"] = "FR", ["프랑스"] = "FR", ["フランス"] = "FR",
        ["India"] = "IN", ["印度"] = "IN", ["Brazil"] = "BR", ["Canada"] = "CA", ["Singapore"] = "SG", ["新加坡"] = "SG",
        ["Israel"] = "IL", ["Netherlands"] = "NL", ["Sweden"] = "SE", ["Australia"] = "AU", ["Taiwan"] = "TW", ["台湾"] = "TW",
    };

    public static List<DiscoveredName> Discover(IReadOnlyList<Passage> passages, IReadOnlyList<string> lines, NameGazetteer gazetteer)
    {
        var found = new List<DiscoveredName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? tableHeader = null;

        void Consider(string raw, Passage passage, int line, string? category, string? country, bool projectContext)
        {
            var name = Clean(raw, out var parenthetical);
            category ??= parenthetical;
            if (!IsNameLike(name) || gazetteer.FindExact(name) is not null || gazetteer.Matcher.FindAll(name).Count > 0)
            {
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
            if (passage.Kind != PassageKind.TableRow)
            {
                tableHeader = passage.Kind == PassageKind.TableHeader ? passage.Text : null;
            }

            if (!passage.IsFactBearing)
            {
                continue;
            }

            var context = HasOrganizationContext(passage.HeadingPath);
            var projectContext = IsProjectWord(string.Join(' ', passage.HeadingPath));
            var original = lines[passage.LineStart - 1];
            switch (passage.Kind)
            {
                case PassageKind.Heading when context || Countries.ContainsKey(passage.Text.Trim()):
                    if (NumberedHeading().Match(passage.Text) is { Success: true } numbered)
                    {
                        Consider(numbered.Groups["name"].Value, passage, passage.LineStart, null, null, projectContext);
                    }

                    break;
                case PassageKind.Heading:
                    if (DescribedHeading().Match(passage.Text) is { Success: true } described
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
                case PassageKind.TableRow when tableHeader is not null && NamesColumn().Match(tableHeader) is { Success: true } header:
                    var cells = passage.Text.Contains(" | ", StringComparison.Ordinal)
                        ? passage.Text.Split(" | ")
                        : passage.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    Consider(cells[0], passage, passage.LineStart, null, null, IsProjectWord(header.Value));
                    break;
            }
        }

        return found;
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
        if (name.Length is 0 or > MaxNameLength || NotNames.Contains(name) || name.All(c => char.IsDigit(c) || c == '.'))
        {
            return false;
        }

        if (name.All(c => c < 0x80))
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= MaxLatinWords && LatinName().IsMatch(name)
                && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w.Any(char.IsUpper) || Connector().IsMatch(w))
                && (!Connector().IsMatch(words[0]) || words[0] == "The");
        }

        return name.Length <= MaxCjkNameLength && CjkName().IsMatch(name);
    }

    // Only the nearest headings count: a page title that says "companies" does not make every bullet a name. An
    // "etc" section inherits from any ancestor, since it only continues a list begun above.
    private static bool HasOrganizationContext(IReadOnlyList<string> headingPath)
    {
        if (headingPath.Count == 0)
        {
            return false;
        }

        var innermost = NumberPrefix().Replace(headingPath[^1], string.Empty).Trim();
        var scope = NotNames.Contains(innermost) ? headingPath : headingPath.Skip(Math.Max(0, headingPath.Count - 2));
        return scope.Any(h => OrganizationWord().IsMatch(h));
    }

    private static bool IsProjectWord(string? text) => text is not null && ProjectWord().IsMatch(text);

    private static string? CountryOf(IReadOnlyList<string> headingPath)
    {
        for (var i = headingPath.Count - 1; i >= 0; i--)
        {
            var heading = NumberPrefix().Replace(headingPath[i], string.Empty).Trim();
            if (Countries.TryGetValue(heading, out var code))
            {
                return code;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(\d+(\.\d+)*[.)]?|[IVX]+\.)\s*(?<name>\S.*)$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(?<desc>[^-–—:：]{3,60}?(System|Framework|Platform|Tool|Database|Engine|Service|Queue|Library|Company|框架|平台|系统|数据库|公司))\s+[-–—]\s+(?<name>[^-–—]+)$|^(?<name>[^:：]{2,40})[:：]\s*(?<desc>.*(System|Framework|Platform|Tool|Database|Engine|Service|Queue|Library|Company|框架|平台|系统|数据库|公司).*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescribedHeading();

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

    [GeneratedRegex(@"^(of|and|the|de|&|for)$", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@"^[\p{L}\p{N}·・.&\- ]+$")]
    private static partial Regex CjkName();

    [GeneratedRegex(@"^\s*(\d+(\.\d+)*[.)]?)\s*")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^(项目|项目名称|企业|企业名称|公司|公司名称|名称|Project|Projects|Company|Companies|Name|Organization|프로젝트|회사|기업|プロジェクト|企業|会社)(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NamesColumn();

    [GeneratedRegex(@"公司|企业|厂商|项目|案例|用户|客户|회사|기업|사례|프로젝트|企業|会社|事例|プロジェクト|compan|organi[sz]ation|project|adopter|user|customer|case stud|who uses", RegexOptions.IgnoreCase)]
    private static partial Regex OrganizationWord();

    [GeneratedRegex(@"项目|开源|框架|工具|平台|数据库|系统|服务|编辑器|프로젝트|オープンソース|プロジェクト|project|open.source|framework|tool|library|platform|database|engine", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectWord();
}
