using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Each value of an enum under the name the API writes it with (kebab-case, or the member's
/// <see cref="JsonStringEnumMemberNameAttribute"/>), so a filter accepts exactly what responses show.
/// </summary>
internal static class WireNames<T>
    where T : struct, Enum
{
    public static readonly IReadOnlyDictionary<string, T> ByName = Enum.GetValues<T>()
        .ToDictionary(Of, v => v, StringComparer.Ordinal);

    /// <summary>Every accepted name, for error messages.</summary>
    public static string Listed => string.Join(", ", ByName.Keys);

    public static string Of(T value)
    {
        var name = value.ToString();
        return typeof(T).GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
               ?? JsonNamingPolicy.KebabCaseLower.ConvertName(name);
    }

    public static T? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var value) ? value : null;
}
