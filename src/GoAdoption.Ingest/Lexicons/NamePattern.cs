using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Lexicons;

/// <summary>
/// A lexicon template with a <c>{name}</c> slot ("{name} grows with {go}", "是 {name} 的{gap}{role}") compiled to a regex,
/// with the longest literal of the template: a text without that literal cannot match, and most passages are turned
/// away by one ordinal search instead of a regex that tries a name at every position.
/// </summary>
internal sealed class NamePattern(Regex regex, string literal)
{
    public Regex Regex { get; } = regex;

    /// <summary>Text every match contains (spaces as written in the template); empty when the template has none.</summary>
    public string Literal { get; } = literal;

    public Match Match(string text) => CanMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    public IEnumerable<Match> Matches(string text) => CanMatch(text) ? Regex.Matches(text) : [];

    private bool CanMatch(string text) => Literal.Length == 0 || text.Contains(Literal, StringComparison.OrdinalIgnoreCase);
}
