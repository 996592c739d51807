using System.Text;

namespace GoAdoption.Ingest;

/// <summary>Lowercase kebab identity of a name: ASCII letters and digits, CJK kept as written.</summary>
public static class Slug
{
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var dash = false;
        foreach (var ch in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsAsciiLetterOrDigit(ch) || (ch > 0x7F && char.IsLetterOrDigit(ch)))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(ch));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }
}
