using System.Globalization;

namespace GoAdoption.Api.Data;

/// <summary>
/// The form company websites are stored and looked up under: the bare host, lower case, without scheme, <c>www.</c>,
/// port, path or query, so <c>https://www.Uber.com/us/en/</c> and <c>uber.com</c> are the same site.
/// </summary>
public static class WebsiteHost
{
    /// <summary>The host of <paramref name="website"/>, or null when it holds none.</summary>
    public static string? Normalize(string? website)
    {
        if (string.IsNullOrWhiteSpace(website))
            return null;
        var text = website.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            text = text[(scheme + 3)..];
        var end = text.IndexOfAny(['/', '?', '#']);
        if (end >= 0)
            text = text[..end];
        var at = text.LastIndexOf('@');
        if (at >= 0)
            text = text[(at + 1)..];
        var port = text.LastIndexOf(':');
        if (port >= 0)
            text = text[..port];
        text = text.TrimEnd('.').ToLower(CultureInfo.InvariantCulture);
        if (text.StartsWith("www.", StringComparison.Ordinal))
            text = text[4..];
        return text.Length == 0 ? null : text;
    }

    /// <summary>Whether a normalized host is made of DNS labels (letters in any script, digits, hyphens) joined by dots.</summary>
    public static bool IsHost(string host) =>
        host.Length <= 253 && host.Split('.').All(label => label.Length is > 0 and <= 63
            && label.All(ch => char.IsLetterOrDigit(ch) || ch == '-') && label[0] != '-' && label[^1] != '-');
}
