namespace GoAdoption.Ingest.Model;

/// <summary>The shape a document was written in, which decides how it is segmented.</summary>
public enum DocumentForm
{
    /// <summary>Markdown: headings, lists, blockquotes, fenced or indented code, optional YAML front matter.</summary>
    Markdown,

    /// <summary>A web page flattened to text: "第一章" / "2.1" headings, "•" bullets, tables as space-separated rows, unfenced code, site footers.</summary>
    WebPage,

    /// <summary>Prose with no markup to speak of.</summary>
    PlainText,
}
