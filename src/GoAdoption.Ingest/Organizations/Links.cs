using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Organizations;

/// <summary>A link as written: its text (empty for a bare URL), its target, and where its text sits in the passage.</summary>
internal sealed record Link(string Text, string Url, int Start, int Length, bool IsImage)
{
    /// <summary>The host without "www.", lower case; null when the target is not an absolute http(s) URL.</summary>
    public string? Host => Links.HostOf(Url);

    /// <summary>owner/name when the target is a GitHub repository (or a page of one, or its pkg.go.dev or godoc page).</summary>
    public string? Repository => Links.RepositoryOf(Url);
}

/// <summary>
/// Reads Markdown links and bare URLs, the GitHub repositories they point to, and the site a host belongs to.
/// </summary>
internal static partial class Links
{
    // Hosts of code forges, blogs, social networks, package indexes and shops: a link there says nothing of whose site it is.
    private static readonly string[] PlatformHosts =
    [
        "github.com", "gitlab.com", "bitbucket.org", "medium.com", "twitter.com", "x.com", "facebook.com", "linkedin.com",
        "youtube.com", "wikipedia.org", "pkg.go.dev", "godoc.org", "go.dev", "golang.org", "stackoverflow.com", "amazon.com",
        "qiita.com", "zenn.dev", "hatenablog.com", "hateblo.jp", "note.com", "wantedly.com", "blogspot.com", "wordpress.com",
        "tumblr.com", "hackernoon.com", "dev.to", "infoq.com", "dzone.com", "opensource.com", "studygolang.com", "csdn.net",
        "juejin.cn", "namu.wiki", "tistory.com", "velog.io", "brunch.co.kr", "naver.com", "freecodecamp.org", "reddit.com",
        "githubusercontent.com", "google.com", "docs.microsoft.com", "learn.microsoft.com", "man7.org", "ietf.org",
        "builtin.com", "insights.stackoverflow.com", "infoworld.com", "habrahabr.ru", "habr.com", "gopherchina.org",
    ];

    private static readonly string[] SecondLevel = ["co", "com", "net", "org", "ac", "or", "ne", "go", "gov", "edu"];

    /// <summary>Every link of a text, Markdown ones and bare URLs, in order.</summary>
    public static List<Link> Read(string text)
    {
        var links = new List<Link>();

        // Every Markdown link has "](" and every bare URL "http": most passages have neither, and are turned away here.
        if (!text.Contains("](", StringComparison.Ordinal) && !text.Contains("http", StringComparison.Ordinal))
        {
            return links;
        }

        var covered = new List<(int, int)>();
        foreach (Match m in MarkdownLink().Matches(text))
        {
            var label = m.Groups["text"];
            links.Add(new Link(label.Value.Trim().Trim('*', '_', '`').Trim(), m.Groups["url"].Value, label.Index, label.Length,
                m.Value.StartsWith('!')));
            covered.Add((m.Index, m.Index + m.Length));
        }

        foreach (Match m in BareUrl().Matches(text))
        {
            if (!covered.Any(c => m.Index >= c.Item1 && m.Index < c.Item2))
            {
                links.Add(new Link(string.Empty, m.Value.TrimEnd('.', ',', ')'), m.Index, m.Length, false));
            }
        }

        links.Sort((a, b) => a.Start.CompareTo(b.Start));
        return links;
    }

    public static string? HostOf(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The registrable part of a host: blog.spiralscout.com → spiralscout.com, corp.cluster.mu → cluster.mu, x.co.jp stays.</summary>
    public static string Site(string host)
    {
        var labels = host.Split('.');
        if (labels.Length <= 2)
        {
            return host;
        }

        var keep = SecondLevel.Contains(labels[^2]) && labels[^1].Length == 2 ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    /// <summary>Whether a link to this host says whose site it is (not a forge, a blog platform or a shop).</summary>
    public static bool IsOwnSite(string host) =>
        !PlatformHosts.Any(p => host == p || host.EndsWith("." + p, StringComparison.Ordinal));

    /// <summary>owner/name of a GitHub repository linked directly or through pkg.go.dev or godoc.org; null otherwise.</summary>
    public static string? RepositoryOf(string url)
    {
        var m = Repository().Match(url);
        if (!m.Success)
        {
            return null;
        }

        var owner = m.Groups["owner"].Value;
        var name = m.Groups["name"].Value;
        if (name.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }

        // golang/go is the language itself, not a project that uses it.
        return owner.Equals("golang", StringComparison.OrdinalIgnoreCase) && name.Equals("go", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{owner}/{name}";
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]\n]{1,200})\]\((?<url>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"https?://[^\s<>()\[\]，。、）（]+")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?(?:(?:pkg\.go\.dev|godoc\.org)/)?github\.com/(?<owner>[A-Za-z0-9][A-Za-z0-9-]{0,38})/(?<name>[A-Za-z0-9_.-]{1,100})(?:[/?#]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Repository();
}
