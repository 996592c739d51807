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
        (IsWellFormed(text) ? text : Repaired(text)).Trim().Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether the text is Unicode that can be normalized: no unpaired surrogate and no noncharacter (U+FFFE, U+FFFF,
    /// U+FDD0–U+FDEF and their like in every plane), which valid UTF-8 can still carry.
    /// </summary>
    public static bool IsWellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done || IsNonCharacter(rune))
                return false;
            i += length;
        }
        return true;
    }

    private static bool IsNonCharacter(Rune rune) => (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;

    // Each code point that cannot be normalized becomes U+FFFD, as a decoder does with bytes it cannot read.
    private static string Repaired(string text)
    {
        var repaired = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            repaired.Append(status == System.Buffers.OperationStatus.Done && !IsNonCharacter(rune) ? rune.ToString() : "\uFFFD");
            i += Math.Max(1, length);
        }
        return repaired.ToString();
    }

    public const string LikeEscape = "\\";

    /// <summary>
    /// A LIKE pattern matching <paramref name="text"/> anywhere, wildcards in it escaped, for free text that is not stored
    /// folded (titles, summaries). Compare it with the column's <c>lower()</c>: both stores fold ASCII letters only there
    /// (SQLite always, PostgreSQL under the C collation the catalog's text uses), so the pattern is folded the same way
    /// and a search ignores case for ASCII, as SQLite's LIKE does; other scripts compare as written.
    /// </summary>
    public static string LikePattern(string text) =>
        "%" + AsciiLower(text.Trim()).Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal) + "%";

    /// <summary><paramref name="text"/> with A–Z lowered and every other character kept, as the stores' <c>lower()</c> does.</summary>
    public static string AsciiLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
        });
    }
}
