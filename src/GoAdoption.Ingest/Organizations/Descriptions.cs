using System.Text.RegularExpressions;
using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Organizations;

/// <summary>
/// What a sentence says a name is: "Zentrix, a fintech startup from Berlin", "Zentrix is an e-book publisher",
/// "Zentrix 是一家支付公司", "핀테크 스타트업 젠트릭스". The description gives a company found in prose its domain.
/// </summary>
internal static class Descriptions
{
    private const int MaxLength = 60;
    private const int MaxBefore = 24;

    /// <summary>The description the sentence gives the name at [start, end), when it gives one that names an organization.</summary>
    public static string? Of(string sentence, int start, int end)
    {
        var words = Lexicon.Default.Organizations;
        var text = sentence[start..];
        foreach (var pattern in words.Descriptions)
        {
            if (pattern.Match(text) is { Index: 0 } m && m.Name.Length == end - start)
            {
                var rest = Cut(text[m.End..]);
                if (DescribesOrganization(rest, words))
                {
                    return rest.Trim();
                }
            }
        }

        // Written before the name, as Korean, Japanese and Chinese do: "핀테크 스타트업 젠트릭스", "決済企業のZentrix".
        var before = sentence[Math.Max(0, start - MaxBefore)..start].TrimEnd();
        foreach (var particle in words.Particles.Where(p => before.EndsWith(p, StringComparison.Ordinal)))
        {
            before = before[..^particle.Length].TrimEnd();
            break;
        }

        var clause = before.LastIndexOfAny([',', '，', '、', '。', '.', ';', '；', ':', '：', '(', '（']);
        before = before[(clause + 1)..].Trim();
        return before.Length > 0 && words.Noun.Match(before) is { Success: true } noun && noun.Index + noun.Length == before.Length
               && before.Length > noun.Length
            ? before
            : null;
    }

    private static string Cut(string text)
    {
        var stop = text.IndexOfAny([',', '，', '.', '。', ';', '；', '(', '（']);
        var cut = stop >= 0 ? text[..stop] : text;
        return cut.Length > MaxLength ? cut[..MaxLength] : cut;
    }

    /// <summary>
    /// Whether the words after "X is a" / "X, a" name an organization: an organization noun that heads the phrase, not one
    /// inside a compound ("enterprise-ready") or after a software noun ("a web server for enterprises").
    /// </summary>
    public static bool DescribesOrganization(string rest, OrganizationLexicon words)
    {
        foreach (Match noun in words.Noun.Matches(rest))
        {
            var compound = (noun.Index > 0 && rest[noun.Index - 1] == '-')
                           || (noun.Index + noun.Length < rest.Length && rest[noun.Index + noun.Length] == '-');
            if (compound)
            {
                continue;
            }

            return words.ProjectCue.Match(rest) is not { Success: true } software || software.Index > noun.Index;
        }

        return false;
    }
}
