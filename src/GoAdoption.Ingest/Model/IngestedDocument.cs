using GoAdoption.Ingest.Claims;

namespace GoAdoption.Ingest.Model;

/// <summary>Everything read from one document: what it is, how it was cut up, and the facts in it.</summary>
/// <param name="FileName">File name relative to the seeds folder.</param>
/// <param name="Title">Front-matter title, else the first heading, else the first line, else the file name.</param>
/// <param name="Language">"ko", "zh", "ja" or "en".</param>
/// <param name="Form">Markdown, flattened web page or plain text.</param>
/// <param name="ContentHash">Lowercase hex SHA-256 of the raw bytes; identical content means nothing to import.</param>
/// <param name="LineCount">Lines in the original file.</param>
/// <param name="FrontMatter">Top-level scalar keys of the YAML front matter, if any.</param>
/// <param name="Passages">The document segmented, in order.</param>
/// <param name="Entities">Each entity named, once, with its canonical data.</param>
/// <param name="Mentions">Every occurrence of an entity in a fact-bearing passage.</param>
/// <param name="UseCases">Use-cases stated.</param>
/// <param name="Claims">Performance claims stated, in canonical units, in document order.</param>
/// <param name="Warnings">Things a reader of the import report should know (a name discovered with low confidence, a malformed front matter…).</param>
/// <param name="Subject">The organization or project the document is about, with why; null when it is about none in particular.</param>
public sealed record IngestedDocument(
    string FileName,
    string Title,
    string Language,
    DocumentForm Form,
    string ContentHash,
    int LineCount,
    IReadOnlyDictionary<string, string> FrontMatter,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<ExtractedUseCase> UseCases,
    IReadOnlyList<ExtractedClaim> Claims,
    IReadOnlyList<string> Warnings,
    Organizations.DocumentSubject? Subject = null);
