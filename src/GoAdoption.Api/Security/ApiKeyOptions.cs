using System.Globalization;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Security;

/// <summary>
/// The keys that may change the catalog, bound from <c>Auth:Keys</c>. Configuration holds each key's SHA-256 hash,
/// never the key: a leaked configuration file gives no one a key (the <c>new-key</c> command makes one and its hash).
/// </summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Auth";

    public List<ApiKeyEntry> Keys { get; set; } = [];
}

/// <summary>One client's key.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>Who holds it; shown in logs and used to count its requests.</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the key, 64 hexadecimal digits.</summary>
    public string Hash { get; set; } = "";

    /// <summary><c>read</c> and/or <c>write</c>; write lets a key add, replace and remove documents.</summary>
    public List<string> Scopes { get; set; } = [];
}

/// <summary>The scopes a key may hold.</summary>
public static class ApiScopes
{
    public const string Read = "read";
    public const string Write = "write";

    /// <summary>Authorization policy of every route that changes the catalog.</summary>
    public const string WritePolicy = "catalog:write";

    public static readonly IReadOnlyList<string> All = [Read, Write];
}

internal sealed class ValidateApiKeyOptions : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"Auth:Keys:{i}");
            if (string.IsNullOrWhiteSpace(key.Name))
                failures.Add($"{at}:Name must name the key's holder.");
            if (key.Hash.Length != 64 || !key.Hash.All(char.IsAsciiHexDigit))
                failures.Add($"{at}:Hash must be the key's SHA-256 in 64 hexadecimal digits (the new-key command prints it), not the key itself.");
            if (key.Scopes.Count == 0 || key.Scopes.Any(s => !ApiScopes.All.Contains(s, StringComparer.Ordinal)))
                failures.Add($"{at}:Scopes must list {string.Join(" and/or ", ApiScopes.All)}.");
        }
        foreach (var duplicate in options.Keys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
            failures.Add($"Auth:Keys: the name '{duplicate.Key}' is given to {duplicate.Count()} keys; each holder needs its own.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
