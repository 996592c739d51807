using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Lexicons;

/// <summary>Where a <see cref="NamePattern"/> matched: the whole phrase, and the name inside it.</summary>
internal readonly record struct NameMatch(int Index, int Length, int NameIndex, string Name)
{
    public int End => Index + Length;
}

/// <summary>
/// A lexicon template with a <c>{name}</c> slot ("{name} grows with {go}", "是 {name} 的{gap}{role}") compiled to a regex,
/// with the longest literal of the template: a text without that literal cannot match, and most passages are turned
/// away by one ordinal search instead of a regex that tries a name at every position.
/// </summary>
/// <remarks>
/// A template that opens with its name is compiled to match what follows the name, with the name read back behind it
/// (see <see cref="OrganizationLexicon.Template"/>): its matches start where the name does all the same, and a name is
/// never read back into the phrase matched before it.
/// </remarks>
internal sealed class NamePattern(Regex regex, string literal, bool nameFirst, string template)
{
    public Regex Regex { get; } = regex;

    /// <summary>Whether a match needs a role word ("engineer", 工程师): a text with none cannot match.</summary>
    public bool NeedsRole { get; } = template.Contains("{role}", StringComparison.Ordinal);

    /// <summary>Whether a match needs a team word ("team", 团队).</summary>
    public bool NeedsTeam { get; } = template.Contains("{team}", StringComparison.Ordinal);

    /// <summary>Text every match contains (spaces as written in the template); empty when the template has none.</summary>
    public string Literal { get; } = literal;

    public NameMatch? Match(string text) => Matches(text, first: true) is [var m] ? m : null;

    public List<NameMatch> Matches(string text) => Matches(text, first: false);

    private List<NameMatch> Matches(string text, bool first)
    {
        var found = new List<NameMatch>();
        if (Literal.Length > 0 && !text.Contains(Literal, StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }

        var previousEnd = 0;
        for (var m = Regex.Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            var (start, nameText) = (name.Index, name.Value);
            if (nameFirst && start < previousEnd)
            {
                // Read from where the phrase before it ended, as a scan from there would.
                nameText = text[previousEnd..(name.Index + name.Length)].TrimStart();
                start = name.Index + name.Length - nameText.Length;
                if (nameText.Length == 0)
                {
                    continue;
                }
            }

            var index = nameFirst ? start : m.Index;
            found.Add(new NameMatch(index, m.Index + m.Length - index, start, nameText));
            previousEnd = m.Index + m.Length;
            if (first)
            {
                break;
            }
        }

        return found;
    }
}
