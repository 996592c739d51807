using System.Text.Json;
using GoAdoption.Api.Data.Entities;

namespace GoAdoption.Api.Data;

/// <summary>
/// How a claim's restatements are stored: a JSON array in one column, written by EF Core and read back by the claims
/// reader's own SQL, so both go through here.
/// </summary>
internal static class ClaimStatements
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(List<ClaimStatement> statements) => JsonSerializer.Serialize(statements, Options);

    public static List<ClaimStatement> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ClaimStatement>>(json, Options) ?? [];
}
