using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoAdoption.Ingest.Reading;

/// <summary>YAML front matter: its top-level scalar keys and the last line it occupies (0 when absent).</summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Values, int LastLine, string? Warning)
{
    public static readonly FrontMatter None =
        new(new Dictionary<string, string>(StringComparer.Ordinal), 0, null);

    public string? Title => Values.TryGetValue("title", out var t) && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;

    public static FrontMatter Read(SourceText source)
    {
        var lines = source.Lines;
        if (lines.Count < 2 || lines[0].TrimEnd() != "---")
        {
            return None;
        }

        var close = -1;
        for (var i = 1; i < lines.Count; i++)
        {
            var l = lines[i].TrimEnd();
            if (l is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            return None;
        }

        var yaml = string.Join('\n', lines.Skip(1).Take(close - 1));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                    {
                        values[k] = v.Trim();
                    }
                }
            }

            return new FrontMatter(values, close + 1, null);
        }
        catch (YamlException ex)
        {
            return new FrontMatter(values, close + 1,
                $"front matter (lines 1–{close + 1}) is not valid YAML: {ex.Message}");
        }
    }
}
