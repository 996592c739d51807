using System.Text.RegularExpressions;
using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Segmentation;

/// <summary>
/// Line-level recognizers shared by the segmenters: code, diagrams, link-only lines and site footers never carry facts,
/// so they have to be told apart from prose that merely mentions <c>net/http</c> or <c>GOGC=20</c>.
/// </summary>
internal static partial class LinePatterns
{
    /// <summary>A line that opens code on its own: a declaration, a comment, a short assignment, a shell command.</summary>
    public static bool IsCodeStart(string line, bool hashIsComment)
    {
        var t = line.TrimStart();
        if (t.Length == 0)
        {
            return false;
        }

        if (hashIsComment && (t.StartsWith("# ", StringComparison.Ordinal) || t.StartsWith("#!", StringComparison.Ordinal)))
        {
            return true;
        }

        return GoDeclaration().IsMatch(t) || ShortAssignment().IsMatch(t) || ShellCommand().IsMatch(t)
            || ProtoOrYaml().IsMatch(t) || t.StartsWith("//", StringComparison.Ordinal) || t.StartsWith("/*", StringComparison.Ordinal)
            || (t.Length > 1 && t.EndsWith(" \\", StringComparison.Ordinal) && IsMostlyAscii(t));
    }

    /// <summary>A line that can only continue code already open: indentation, closing brackets, statements.</summary>
    public static bool IsCodeContinuation(string line, bool hashIsComment)
    {
        if (IsBullet(line))
        {
            return false;
        }

        if (line.Length > 0 && line[0] is ' ' or '\t')
        {
            return true;
        }

        var t = line.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        if (t[0] is '}' or ')' or ']' || GoStatement().IsMatch(t) || IsCodeStart(t, hashIsComment))
        {
            return true;
        }

        var code = CodePart(t);
        return IsMostlyAscii(code) && code.Length > 0 && code[^1] is ')' or '{' or '}' or ',' or ';' or '(' or '[' or '\\';
    }

    public static bool IsDiagramStart(string line) => MermaidStart().IsMatch(line);

    public static bool IsDiagramContinuation(string line)
    {
        if (line.Length > 0 && line[0] is ' ' or '\t')
        {
            return true;
        }

        var t = line.Trim();
        return t.Contains("-->", StringComparison.Ordinal) || t.Contains("-.->", StringComparison.Ordinal)
            || t.Contains("==>", StringComparison.Ordinal) || t.Contains("–>", StringComparison.Ordinal)
            || MermaidNode().IsMatch(t);
    }

    public static bool IsBullet(string line) => Bullet().IsMatch(line);

    /// <summary>The text of a "•" bullet without its marker.</summary>
    public static string BulletText(string line) => Bullet().Replace(line, string.Empty, 1).Trim();

    public static bool IsLinkOnly(string line) => LinkOnly().IsMatch(line) || MarkdownLinkOnly().IsMatch(line);

    /// <summary>"Posted in" and the like: a line of page chrome, wherever it sits.</summary>
    public static bool IsChromeLine(string line) => Chrome.Value.Line.IsMatch(line);

    /// <summary>The comment form or "leave a reply" line after which a page holds nothing but its footer.</summary>
    public static bool IsFooterStart(string line) => Chrome.Value.FooterStart.IsMatch(line);

    /// <summary>A line that only a flattened web page has ("Posted in", "第一章", a "•" bullet).</summary>
    public static bool IsWebMarker(string line) => Chrome.Value.WebMarker.IsMatch(line);

    // Page chrome is worded per language: the phrases come from the lexicon.
    private static readonly Lazy<(Regex Line, Regex FooterStart, Regex WebMarker)> Chrome = new(() =>
    {
        var words = Lexicon.Default;
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        return (
            new Regex(@"^\s*" + WordPattern.Alternation(words.ChromeLines) + @"(\s|$)", options),
            new Regex(@"^\s*" + WordPattern.Alternation(words.FooterStarts), options),
            new Regex(@"^(\s*" + WordPattern.Alternation(words.WebMarkers) + @"|第[一二三四五六七八九十百\d]+[章节]|\s*•)", options));
    });

    public static bool EndsLikeSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '。' or '.' or '；' or ';' or '，' or ',' or '：' or ':' or '！' or '!' or '？' or '?' or '、';
    }

    private static string CodePart(string t)
    {
        var comment = t.IndexOf("//", StringComparison.Ordinal);
        return (comment >= 0 ? t[..comment] : t).TrimEnd();
    }

    private static bool IsMostlyAscii(string s)
    {
        var nonAscii = 0;
        foreach (var c in s)
        {
            if (c > 0x7F)
            {
                nonAscii++;
            }
        }

        return nonAscii * 10 <= s.Length;
    }

    [GeneratedRegex(@"^(func\s*[\w(]|type\s+\w+(\[[^\]]*\])?\s+(struct|interface)\b|(var|const)\s+\w+\s*(=|[\w.*\[]+\s*(=|$))|var\s*\(|import\s+(\(|""|\w+\s+"")|package\s+\w+\s*$|(if|for|switch|select)\s.*\{\s*$)")]
    private static partial Regex GoDeclaration();

    [GeneratedRegex(@"^[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)*\s*:=")]
    private static partial Regex ShortAssignment();

    [GeneratedRegex(@"^(\$\s+\S|(curl|ghz|kubectl|wget|sudo|apt-get|brew|grpcurl)\s+\S|(go|docker|helm|git|make|npm)\s+(run|build|test|get|mod|install|list|push|pull|clone|tool|vet)\b)")]
    private static partial Regex ShellCommand();

    [GeneratedRegex(@"^(syntax\s*=\s*""|message\s+\w+\s*\{|service\s+\w+\s*\{|rpc\s+\w+\s*\(|option\s+\w+\s*=|apiVersion:\s|kind:\s+[A-Z])")]
    private static partial Regex ProtoOrYaml();

    [GeneratedRegex(@"^(defer|return|go|if|else|for|switch|select|case|default|break|continue|var|const|panic)\b")]
    private static partial Regex GoStatement();

    [GeneratedRegex(@"^\s*(graph|flowchart)\s+(TD|TB|LR|RL|BT)\b|^\s*(sequenceDiagram|classDiagram|stateDiagram(-v2)?|erDiagram|gantt|pie)\b")]
    private static partial Regex MermaidStart();

    [GeneratedRegex(@"^([A-Za-z]\w*\s*[\[\({]|subgraph\b|end$|style\s|classDef\s|click\s)")]
    private static partial Regex MermaidNode();

    [GeneratedRegex(@"^\s*[•·▪●◦‣∙]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*([^\s:：]{1,16}\s*[:：]\s*)?<?https?://\S+>?\s*$")]
    private static partial Regex LinkOnly();

    [GeneratedRegex(@"^\s*\[[^\]]*\]\(\S+\)\s*$")]
    private static partial Regex MarkdownLinkOnly();
}
