using System.Text.RegularExpressions;
using GoAdoption.Ingest.Claims;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests.Claims;

/// <summary>
/// A minimal, test-only segmenter so the claim engine can be tested on the seeds independently of the real one:
/// one passage per non-blank line, classed as heading, list item, quote, code, diagram, table header/row or paragraph,
/// with subject candidates from a small gazetteer. It knows only what the five seeds need.
/// </summary>
internal static partial class SeedPassageLoader
{
    private static readonly (string Alias, string Slug, bool IsProject)[] Gazetteer =
    [
        ("Uber", "uber", false), ("Google Cloud", "google", false), ("Google", "google", false), ("Dailymotion", "dailymotion", false),
        ("Twitch", "twitch", false), ("Fabric", "fabric", false), ("Sendgrid", "sendgrid", false), ("Medium", "medium", false),
        ("今日头条", "toutiao", false), ("Docker", "docker", false), ("Kubernetes", "kubernetes", true), ("Kubernets", "kubernetes", true),
        ("K8s", "kubernetes", true), ("etcd", "etcd", true), ("Etcd", "etcd", true), ("Prometheus", "prometheus", true),
        ("NSq", "nsq", true), ("NSQ", "nsq", true), ("Cloudflare", "cloudflare", false), ("腾讯云", "tencent", false), ("腾讯", "tencent", false),
        ("字节跳动", "bytedance", false), ("阿里巴巴", "alibaba", false), ("阿里云", "alibaba", false), ("阿里", "alibaba", false),
        ("Envoy", "envoy", true), ("PayPal", "paypal", false), ("Netflix", "netflix", false), ("Dropbox", "dropbox", false),
        ("滴滴", "didi", false), ("美团", "meituan", false), ("快手", "kuaishou", false), ("招商银行", "china-merchants-bank", false),
        ("中信证券", "citic-securities", false), ("平安科技", "ping-an", false), ("工商银行", "icbc", false), ("华为", "huawei", false),
        ("京东", "jd", false), ("百度", "baidu", false), ("Stripe", "stripe", false), ("TiDB", "tidb", true), ("PingCAP", "pingcap", false),
        ("AWS", "aws", false), ("eksctl", "eksctl", true), ("Coinbase", "coinbase", false), ("Mirantis", "mirantis", false),
        ("Terraform", "terraform", true), ("SQLite", "sqlite", true), ("ZeroMQ", "zeromq", true), ("gVisor", "gvisor", true),
        ("OpenTelemetry", "opentelemetry", true), ("携程", "trip-com", false), ("小红书", "xiaohongshu", false), ("知乎", "zhihu", false),
        ("网易", "netease", false), ("B站", "bilibili", false), ("微信", "tencent", false),
    ];

    public static string SeedPath(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoAdoption.sln")))
            {
                return Path.Combine(dir.FullName, "seeds", fileName);
            }
        }

        throw new DirectoryNotFoundException("Repository root not found.");
    }

    public static IReadOnlyList<ClaimPassage> LoadSeed(string fileName) => Load(File.ReadAllLines(SeedPath(fileName)));

    public static IReadOnlyList<ClaimPassage> Load(string[] lines)
    {
        var passages = new List<ClaimPassage>();
        var headings = new List<(int Level, string Text)>();
        var inFrontMatter = lines.Length > 0 && lines[0].Trim() == "---";
        var inCode = false;
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.Trim();
            var number = i + 1;
            if (inFrontMatter)
            {
                if (i > 0 && line == "---")
                {
                    inFrontMatter = false;
                }

                continue;
            }

            if (line.Length == 0)
            {
                inCode = false;
                inTable = false;
                continue;
            }

            var next = i + 1 < lines.Length ? lines[i + 1].Trim() : string.Empty;
            PassageKind kind;
            if (inCode || IsCode(raw, line) || (line.StartsWith("# ", StringComparison.Ordinal) && IsCode(lines[i + 1], next)))
            {
                kind = line.StartsWith("graph ", StringComparison.Ordinal) ? PassageKind.Diagram : PassageKind.Code;
                inCode = true;
                inTable = false;
            }
            else if (line.StartsWith("graph ", StringComparison.Ordinal))
            {
                kind = PassageKind.Diagram;
                inCode = true;
            }
            else if (inTable)
            {
                kind = PassageKind.TableRow;
            }
            else if (MarkdownHeading().Match(line) is { Success: true } md)
            {
                kind = PassageKind.Heading;
                SetHeading(headings, md.Groups[1].Length, line);
            }
            else if (NumberedHeading().Match(line) is { Success: true } numbered && line.Length <= 80)
            {
                kind = PassageKind.Heading;
                SetHeading(headings, numbered.Value.StartsWith('第') ? 1 : numbered.Value.Count(c => c == '.') + 1, line);
            }
            else if (IsTableHeader(line, next, i + 1 < lines.Length ? lines[i + 1] : string.Empty))
            {
                kind = PassageKind.TableHeader;
                inTable = true;
            }
            else if (line.StartsWith('•') || line.StartsWith("- ", StringComparison.Ordinal) || ListNumber().IsMatch(line))
            {
                kind = PassageKind.ListItem;
            }
            else if (line.StartsWith('>'))
            {
                kind = PassageKind.Quote;
            }
            else if (line.Length <= 24 && !SentencePunctuation().IsMatch(line) && next.Length == 0)
            {
                kind = PassageKind.Heading;
                SetHeading(headings, 3, line);
            }
            else
            {
                kind = PassageKind.Paragraph;
            }

            var path = headings.Select(h => h.Text).ToList();
            if (kind == PassageKind.Heading && path.Count > 0)
            {
                path.RemoveAt(path.Count - 1);
            }

            var passage = new Passage(kind, number, number, line, path);
            passages.Add(new ClaimPassage(passage, FindSubjects(line)));
        }

        return passages;
    }

    private static void SetHeading(List<(int Level, string Text)> headings, int level, string text)
    {
        headings.RemoveAll(h => h.Level >= level);
        headings.Add((level, text));
    }

    private static bool IsCode(string raw, string line) =>
        StrongCodeLine().IsMatch(line) || (!line.Any(c => c >= 0x2E80) && WeakCodeLine().IsMatch(line))
        || (raw.StartsWith('\t') && !line.StartsWith('-')) || (raw.StartsWith("    ", StringComparison.Ordinal) && !line.StartsWith('•'));

    private static bool IsTableHeader(string line, string next, string nextRaw)
    {
        if (next.Length == 0 || IsCode(nextRaw, next) || next.StartsWith('•') || SentencePunctuation().IsMatch(line) || line.Length > 60)
        {
            return false;
        }

        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2;
    }

    public static IReadOnlyList<SubjectCandidate> FindSubjects(string text)
    {
        var found = new List<SubjectCandidate>();
        var taken = new bool[text.Length];
        foreach (var (alias, slug, isProject) in Gazetteer.OrderByDescending(g => g.Alias.Length))
        {
            var from = 0;
            while (from < text.Length)
            {
                var k = text.IndexOf(alias, from, StringComparison.Ordinal);
                if (k < 0)
                {
                    break;
                }

                from = k + alias.Length;
                var latin = char.IsAsciiLetter(alias[0]);
                if (latin && ((k > 0 && char.IsAsciiLetter(text[k - 1])) || (from < text.Length && char.IsAsciiLetter(text[from]))))
                {
                    continue;
                }

                if (taken.AsSpan(k, alias.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(k, alias.Length).Fill(true);
                found.Add(new SubjectCandidate(slug, isProject, k, alias.Length));
            }
        }

        return found.OrderBy(f => f.Offset).ToList();
    }

    [GeneratedRegex(@"^(#{1,6})\s")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+章|\d+\.\d+(?:\.\d+)*)(?=\s|[^\d.])")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"[。，,：:；;！？]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"^(?://|func |type |var |import |package |return\b|defer |if |for |select |case |default:|\}|\)|curl |ghz |go |--|-[a-z] )|:=|\{$|\\$")]
    private static partial Regex StrongCodeLine();

    /// <summary>Calls and statements ending a line: code only when the line has no CJK prose (表格行 "~1.9s(实测)" ends with a bracket too).</summary>
    [GeneratedRegex(@"\);?$|^[a-zA-Z_][\w.]*\(.*\)\s*(?://.*)?$")]
    private static partial Regex WeakCodeLine();
}
