using System.Text;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Reading;

/// <summary>Turns raw bytes into text, or rejects them with a reason a person can act on.</summary>
internal static class DocumentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Text files carry tabs and line breaks; anything else below 0x20 in quantity means a binary format.
    private const double MaxControlShare = 0.05;

    public static string Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new DocumentRejectedException(fileName, "empty file (0 bytes)");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DocumentRejectedException(fileName, $"binary content (NUL byte at byte {nul})");
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if ((b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f') || b == 0x7F)
            {
                controls++;
            }
        }

        if (controls > bytes.Length * MaxControlShare)
        {
            throw new DocumentRejectedException(fileName,
                $"binary content ({controls} control characters in {bytes.Length} bytes)");
        }

        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes[bom..]);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? ex.Index + bom : bom;
            throw new DocumentRejectedException(fileName, $"not valid UTF-8 at byte {at}");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentRejectedException(fileName, "empty file (whitespace only)");
        }

        return text;
    }
}
