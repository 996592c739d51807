using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;

namespace GoAdoption.Api.Features.Exports;

/// <summary>
/// Writes rows as they come from the database to a stream, in chunks: memory holds one chunk and one row whatever
/// the number of rows. Rows are formatted synchronously into the chunk and each chunk is written asynchronously, so
/// the output can be an HTTP response body (which refuses synchronous writes) or standard output.
/// </summary>
internal static class ExportWriter
{
    /// <summary>Large enough that a write carries many rows, small enough that a client sees rows as they come.</summary>
    private const int ChunkBytes = 64 * 1024;

    /// <summary>RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line break; UTF-8 without a byte order mark.</summary>
    private static readonly CsvWriterOptions Csv = new() { NewLine = "\r\n", BufferSize = ChunkBytes, WriteByteOrderMark = false };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8; header=present",
        ExportFormat.Ndjson => "application/x-ndjson; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Ndjson => "ndjson",
        _ => "json",
    };

    public static Task WriteAsync<T>(
        IAsyncEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns, ExportFormat format, JsonSerializerOptions json, Stream output,
        CancellationToken cancellationToken) => format == ExportFormat.Csv
        ? WriteCsvAsync(rows, columns, output, cancellationToken)
        : WriteJsonAsync(rows, format == ExportFormat.Ndjson, json, output, cancellationToken);

    private static async Task WriteCsvAsync<T>(IAsyncEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns, Stream output, CancellationToken cancellationToken)
    {
        // The writer buffers one chunk and writes it out asynchronously from EndRecordAsync when it is mostly full.
        await using var csv = CsvWriter.Create(output, Csv, leaveOpen: true);
        csv.WriteHeader([.. columns.Select(c => c.Name)]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in columns)
                csv.WriteField(column.Value(row));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static async Task WriteJsonAsync<T>(IAsyncEnumerable<T> rows, bool lines, JsonSerializerOptions options, Stream output, CancellationToken cancellationToken)
    {
        using var chunk = new MemoryStream(ChunkBytes * 2);
        // Without an encoder of its own, MVC's JSON formatter writes non-ASCII text as is (腾讯, not \u817E\u8BAF); so do exports.
        await using var json = new Utf8JsonWriter(chunk, new JsonWriterOptions { Encoder = options.Encoder ?? JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (!lines)
            json.WriteStartArray();

        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(json, row, options);
            json.Flush();
            if (lines)
            {
                chunk.WriteByte((byte)'\n');
                json.Reset();
            }
            if (chunk.Length >= ChunkBytes)
                await SendAsync(chunk, output, cancellationToken);
        }

        if (!lines)
            json.WriteEndArray();
        json.Flush();
        if (!lines)
            chunk.WriteByte((byte)'\n');
        await SendAsync(chunk, output, cancellationToken);
    }

    private static async Task SendAsync(MemoryStream chunk, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), cancellationToken);
        await output.FlushAsync(cancellationToken);
        chunk.SetLength(0);
    }
}
