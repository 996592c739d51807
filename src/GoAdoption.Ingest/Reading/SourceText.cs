namespace GoAdoption.Ingest.Reading;

/// <summary>Decoded text split into lines; index 0 is line 1 of the original file.</summary>
internal sealed class SourceText
{
    public SourceText(string text)
    {
        Text = text;
        Lines = SplitLines(text);
    }

    public string Text { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The text of a 1-based line.</summary>
    public string Line(int number) => Lines[number - 1];

    // \r\n, \n and lone \r all end a line; a trailing newline does not open an extra empty line.
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return [.. lines];
    }
}
