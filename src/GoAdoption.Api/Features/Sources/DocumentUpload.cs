using System.Buffers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GoAdoption.Api.Features.Sources;

/// <summary>A document as a client sent it: its name and its bytes.</summary>
/// <param name="FileName">The name it goes by in the catalog (<c>.md</c> or <c>.txt</c>).</param>
/// <param name="Content">Its bytes, as sent.</param>
public sealed record DocumentUpload(string FileName, byte[] Content);

/// <summary>Why a request body is not a document, and which part of the request is at fault.</summary>
internal sealed record UploadError(int Status, string Field, string Message);

/// <summary>
/// Reads a document from a request: a Markdown or text body named by the <c>fileName</c> query parameter, or the
/// <c>file</c> part of a <c>multipart/form-data</c> form (named by its own file name). The body is read up to the size
/// limit and no further, so an oversized one costs the limit, not its length.
/// </summary>
internal static class DocumentUploads
{
    public const string FilePart = "file";

    /// <summary>The media types a document may be sent as, besides a form.</summary>
    public static readonly IReadOnlyList<string> TextTypes = ["text/markdown", "text/plain", "text/x-markdown", "application/octet-stream"];

    // A form's boundaries and headers around the file.
    private const int FormOverhead = 64 * 1024;

    public static async Task<(DocumentUpload? Upload, UploadError? Error)> ReadAsync(
        HttpRequest request, string? fileName, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } mediaType)
            return (null, Unsupported(request.ContentType));

        var isForm = mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        if (!isForm && !TextTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            return (null, Unsupported(mediaType));
        if (request.ContentLength > maxBytes + (isForm ? FormOverhead : 0))
            return (null, TooLarge(isForm ? FilePart : "body", request.ContentLength.Value, maxBytes));

        if (!isForm)
        {
            var bytes = await ReadAtMostAsync(request.Body, maxBytes, cancellationToken);
            return bytes is null
                ? (null, TooLarge("body", null, maxBytes))
                : (new DocumentUpload(fileName ?? "", bytes), null);
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
            return (null, new UploadError(StatusCodes.Status400BadRequest, "Content-Type", "A multipart/form-data body needs a boundary in its Content-Type."));
        try
        {
            // The file part is read up to the limit below; the parts passed over are drained, and Kestrel bounds the body.
            var reader = new MultipartReader(boundary, request.Body);
            for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FilePart, StringComparison.Ordinal))
                    continue;
                var bytes = await ReadAtMostAsync(section.Body, maxBytes, cancellationToken);
                if (bytes is null)
                    return (null, TooLarge(FilePart, null, maxBytes));
                var name = fileName ?? HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                return (new DocumentUpload(name ?? "", bytes), null);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A body that is not the form its header says.
            return (null, new UploadError(StatusCodes.Status400BadRequest, "body", "The body is not a well-formed multipart/form-data form."));
        }

        return (null, new UploadError(StatusCodes.Status400BadRequest, FilePart, $"The form has no '{FilePart}' part holding the document."));
    }

    private static UploadError Unsupported(string? type) => new(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
        $"{(string.IsNullOrEmpty(type) ? "A body without a Content-Type" : $"'{type}'")} is not a document; send {string.Join(", ", TextTypes)} with ?fileName=, or multipart/form-data with a '{FilePart}' part.");

    private static UploadError TooLarge(string field, long? length, long maxBytes) => new(StatusCodes.Status413PayloadTooLarge, field,
        length is { } n
            ? FormattableString.Invariant($"The document is {n:N0} bytes; the limit is {maxBytes:N0} (Catalog:Limits:MaxBytes).")
            : FormattableString.Invariant($"The document is over the limit of {maxBytes:N0} bytes (Catalog:Limits:MaxBytes)."));

    /// <summary>The stream's bytes, or null when there are more than <paramref name="max"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > max)
                    return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
