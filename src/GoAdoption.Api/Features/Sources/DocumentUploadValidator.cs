using FluentValidation;
using GoAdoption.Api.Importing;

namespace GoAdoption.Api.Features.Sources;

/// <summary>
/// A document's name is its identity in the catalog and a file name anywhere it is exported: one plain name, with the
/// extension that says how it is read.
/// </summary>
public sealed class DocumentUploadValidator : AbstractValidator<DocumentUpload>
{
    public const int MaxFileNameLength = 200;

    public DocumentUploadValidator()
    {
        RuleFor(u => u.FileName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Name the document: ?fileName=notes.md, or the file name of the form's 'file' part.")
            .MaximumLength(MaxFileNameLength)
            .Must(n => !n.Any(char.IsControl)).WithMessage("'fileName' must not hold control characters.")
            .Must(n => n.IndexOfAny(['/', '\\']) < 0 && n.Trim() == n && !n.StartsWith('.'))
            .WithMessage("'fileName' must be a plain file name: no folders, no leading dot or surrounding spaces.")
            .Must(DocumentFolder.IsDocument).WithMessage("'fileName' must end in .md (Markdown) or .txt (text).");
        RuleFor(u => u.Content).NotEmpty().WithMessage("The document is empty; there is nothing to import.")
            .OverridePropertyName("body");
    }
}
