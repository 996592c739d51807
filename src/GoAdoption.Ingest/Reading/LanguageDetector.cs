namespace GoAdoption.Ingest.Reading;

/// <summary>Decides ko / ja / zh / en by how much of each script the text holds.</summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        int hangul = 0, kana = 0, han = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                hangul++;
            }
            // U+30FB (middle dot) and U+30FC (long mark) turn up in Chinese text too.
            else if (c is >= '\u3040' and <= '\u309F' or >= '\u30A0' and <= '\u30FA')
            {
                kana++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        var letters = hangul + kana + han + latin;
        if (hangul >= 10 && hangul * 100 >= letters)
        {
            return "ko";
        }

        // Any real run of kana makes it Japanese: Chinese never writes it, Japanese always does.
        if (kana >= 3)
        {
            return "ja";
        }

        return han >= 5 && han * 20 >= han + latin ? "zh" : "en";
    }
}
