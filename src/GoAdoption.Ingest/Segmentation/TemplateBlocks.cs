using System.Text.RegularExpressions;
using GoAdoption.Ingest.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoAdoption.Ingest.Segmentation;

/// <summary>
/// Site templates with YAML inside, as go.dev writes its case studies and use-case pages:
/// <c>{{projects `…`}}</c> cards of organizations, <c>{{libraries `…`}}</c> and <c>{{toolsblurbs `…`}}</c> lists of
/// software, <c>{{pullquote `…`}}</c> and friends. Each card becomes a passage of its own, under a heading named for
/// the entry so that whatever its text says without a name is about the entry; inline calls such as
/// <c>{{pkg "github.com/x/y" "y"}}</c> become links, and other calls (<c>{{image …}}</c>, Hugo's <c>{{&lt; … &gt;}}</c>) blank.
/// </summary>
internal static partial class TemplateBlocks
{
    private static readonly string[] OrganizationBlocks = ["projects", "customers", "companies", "logos", "case"];
    private static readonly string[] ProjectBlocks = ["libraries", "toolsblurbs", "tools", "packages"];
    private static readonly string[] QuoteBlocks = ["quote", "pullquote", "backgroundquote", "testimonial"];

    /// <summary>A block found in the source lines (0-based, inclusive).</summary>
    public sealed record Block(string Name, int FirstLine, int LastLine, string Yaml);

    /// <summary>
    /// The blocks of a document and a copy of its lines with every template call blanked or rewritten, line for line, so
    /// a Markdown parser never sees the YAML and every line number stays that of the original file.
    /// </summary>
    public static (List<Block> Blocks, string[] Lines) Extract(IReadOnlyList<string> lines)
    {
        var blocks = new List<Block>();
        var view = lines.ToArray();
        for (var i = 0; i < view.Length; i++)
        {
            var open = BlockOpen().Match(view[i]);
            if (open.Success)
            {
                var end = i + 1;
                while (end < view.Length && !BlockClose().IsMatch(view[end]))
                {
                    end++;
                }

                if (end < view.Length)
                {
                    blocks.Add(new Block(open.Groups["name"].Value.ToLowerInvariant(), i, end,
                        string.Join('\n', view.Skip(i + 1).Take(end - i - 1))));
                    for (var k = i; k <= end; k++)
                    {
                        view[k] = string.Empty;
                    }

                    i = end;
                    continue;
                }
            }

            if (view[i].Contains("{{", StringComparison.Ordinal))
            {
                view[i] = InlineCall().Replace(view[i], Inline);
            }
        }

        return (blocks, view);
    }

    /// <summary>The passages of one block, under <paramref name="headings"/>; books, images and unknown blocks give none.</summary>
    public static IEnumerable<Passage> Read(Block block, IReadOnlyList<string> headings)
    {
        var kind = Kind(block.Name);
        if (kind is null)
        {
            yield break;
        }

        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(block.Yaml));
            if (stream.Documents.Count == 0)
            {
                yield break;
            }

            root = stream.Documents[0].RootNode;
        }
        catch (YamlException)
        {
            yield break;
        }

        var firstYamlLine = block.FirstLine + 2; // 1-based file line of the YAML's first line
        if (kind == TemplateEntryKind.Quote)
        {
            if (root is YamlMappingNode quote && ReadQuote(quote, firstYamlLine, headings) is { } passage)
            {
                yield return passage;
            }

            yield break;
        }

        foreach (var item in Items(root))
        {
            foreach (var passage in ReadItem(item, kind.Value, null, firstYamlLine, headings))
            {
                yield return passage;
            }
        }
    }

    private static TemplateEntryKind? Kind(string name) =>
        QuoteBlocks.Contains(name) ? TemplateEntryKind.Quote
        : OrganizationBlocks.Contains(name) ? TemplateEntryKind.Organization
        : ProjectBlocks.Contains(name) ? TemplateEntryKind.Project
        : null;

    private static IEnumerable<YamlMappingNode> Items(YamlNode root) =>
        root is YamlSequenceNode sequence ? sequence.Children.OfType<YamlMappingNode>()
        : root is YamlMappingNode single ? [single]
        : [];

    private static IEnumerable<Passage> ReadItem(YamlMappingNode item, TemplateEntryKind kind, string? group, int firstYamlLine,
        IReadOnlyList<string> headings)
    {
        // A libraries group: its title names the group, its items are the software.
        if (Child(item, "items") is YamlSequenceNode groupItems)
        {
            var title = Scalar(item, "title");
            foreach (var inner in groupItems.Children.OfType<YamlMappingNode>())
            {
                foreach (var passage in ReadItem(inner, kind, title, firstYamlLine, headings))
                {
                    yield return passage;
                }
            }

            yield break;
        }

        var name = Scalar(item, "company") ?? Scalar(item, "name") ?? Scalar(item, "text") ?? Scalar(item, "title");
        if (string.IsNullOrWhiteSpace(name))
        {
            yield break;
        }

        var nameLine = firstYamlLine + (int)item.Start.Line - 1;
        var entry = new TemplateEntry(kind, name.Trim(), Scalar(item, "url"), group, nameLine);
        var path = group is null ? [.. headings, entry.Name!] : (IReadOnlyList<string>)[.. headings, group, entry.Name!];
        var texts = new List<(string Text, int Line)>();
        if (Child(item, "desc") is YamlScalarNode { Value: { } desc })
        {
            texts.Add((desc, firstYamlLine + (int)Child(item, "desc")!.Start.Line - 1));
        }

        if (Child(item, "paragraphs") is YamlSequenceNode paragraphs)
        {
            texts.AddRange(paragraphs.Children.OfType<YamlScalarNode>().Where(p => p.Value is not null)
                .Select(p => (p.Value!, firstYamlLine + (int)p.Start.Line - 1)));
        }

        if (texts.Count == 0)
        {
            yield return new Passage(PassageKind.ListItem, nameLine, nameLine, entry.Name!, headings, entry);
            yield break;
        }

        foreach (var (text, line) in texts)
        {
            var clean = Whitespace().Replace(text, " ").Trim();
            yield return new Passage(PassageKind.ListItem, line, line, clean, path, entry);
        }

        // Links of a card (ctas) name its systems and projects: "AresDB", "Peloton".
        if (Child(item, "ctas") is YamlSequenceNode ctas)
        {
            foreach (var cta in ctas.Children.OfType<YamlMappingNode>())
            {
                if (Scalar(cta, "text") is { } linkText && Scalar(cta, "url") is { } url)
                {
                    var line = firstYamlLine + (int)cta.Start.Line - 1;
                    yield return new Passage(PassageKind.LinkOnly, line, line, $"[{linkText.Trim()}]({url.Trim()})", path, entry);
                }
            }
        }
    }

    private static Passage? ReadQuote(YamlMappingNode quote, int firstYamlLine, IReadOnlyList<string> headings)
    {
        if (Child(quote, "quote") is not YamlScalarNode { Value: { } text } node)
        {
            return null;
        }

        // A literal block ("quote: |") starts on the line after its indicator.
        var line = firstYamlLine + (int)node.Start.Line - 1 + (node.Style == ScalarStyle.Literal || node.Style == ScalarStyle.Folded ? 1 : 0);
        var lastLine = line + Math.Max(0, text.TrimEnd().Count(c => c == '\n'));
        var speakerOrganization = Scalar(quote, "company");
        var title = Scalar(quote, "title");
        var entry = new TemplateEntry(TemplateEntryKind.Quote, speakerOrganization?.Trim(), Scalar(quote, "link"), title?.Trim(),
            firstYamlLine + (int)quote.Start.Line - 1);
        return new Passage(PassageKind.Quote, line, lastLine, text.TrimEnd(), headings, entry);
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) =>
        Child(node, key) is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) ? value : null;

    // {{pkg "github.com/gopherjs/gopherjs" "gopherjs"}} is a link; {{image "x.png"}} and Hugo's {{< alert >}} are chrome.
    private static string Inline(Match call)
    {
        var args = QuotedArgument().Matches(call.Value).Select(m => m.Groups[1].Value).ToList();
        if (call.Groups["name"].Value == "pkg" && args.Count > 0)
        {
            return $"[{args[^1]}](https://{args[0]})";
        }

        return string.Empty;
    }

    [GeneratedRegex(@"^\s*\{\{\s*(?<name>[A-Za-z]+)\s*`\s*$")]
    private static partial Regex BlockOpen();

    [GeneratedRegex(@"^\s*`\s*\}\}\s*$")]
    private static partial Regex BlockClose();

    [GeneratedRegex(@"\{\{[<%]?\s*(?<name>[A-Za-z]*)[^{}]*\}\}")]
    private static partial Regex InlineCall();

    [GeneratedRegex(@"""([^""]*)""")]
    private static partial Regex QuotedArgument();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
