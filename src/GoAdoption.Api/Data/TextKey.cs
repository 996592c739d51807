using System.Globalization;
using System.Text;

namespace GoAdoption.Api.Data;

/// <summary>
/// The folded form names are stored and searched under. SQLite folds case for ASCII only, so names are folded here
/// once, in .NET, for every script: compatibility forms (full-width Ｇｏ, half-width katakana) and case.
/// </summary>
public static class TextKey
{
    public static string Normalize(string text) =>
        text.Trim().Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);

    public const string LikeEscape = "\\";

    /// <summary>
    /// A LIKE pattern matching <paramref name="text"/> anywhere, wildcards in it escaped. For free text that is not
    /// stored folded (titles, summaries): SQLite's LIKE ignores case for ASCII, and other scripts have no case.
    /// </summary>
    public static string LikePattern(string text) =>
        "%" + text.Trim().Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal) + "%";
}
