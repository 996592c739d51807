namespace GoAdoption.Api.Data.Reading;

/// <summary>
/// Orders strings as SQLite's default BINARY collation does (by UTF-8 bytes), so lists sorted in memory come out in
/// the order the same query would give. Ordinal UTF-16 order differs from it only where a surrogate pair (characters
/// beyond U+FFFF) meets a character from U+E000 to U+FFFF.
/// </summary>
public sealed class BinaryCollation : IComparer<string>
{
    public static readonly BinaryCollation Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return x is null ? (y is null ? 0 : -1) : 1;
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
                return Weight(x[i]).CompareTo(Weight(y[i]));
        }
        return x.Length.CompareTo(y.Length);
    }

    // UTF-8 encodes surrogate pairs as 4-byte sequences, which sort after the 3-byte encodings of U+E000–U+FFFF.
    private static int Weight(char c) => c >= 0xD800 && c <= 0xDFFF ? c + 0x2000 : c >= 0xE000 ? c - 0x800 : c;
}
