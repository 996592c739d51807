using System.Diagnostics;
using System.Globalization;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest;

/// <summary>
/// The time one document may take to read (<see cref="DocumentLimits.MaxSeconds"/>), counted per passage: each pass
/// over a document's passages asks <see cref="Check"/> at every one, and past the budget the document is rejected, so a
/// document dense enough to defeat the size limits still costs seconds, not hours. The budget belongs to the thread
/// reading the document: <see cref="DocumentIngestor.Ingest"/> reads one document on one thread from start to end.
/// </summary>
internal static class ReadBudget
{
    [ThreadStatic]
    private static long _deadline;

    [ThreadStatic]
    private static string? _fileName;

    [ThreadStatic]
    private static double _seconds;

    /// <summary>Starts the budget of a document; disposing the result ends it.</summary>
    public static Scope Start(string fileName, double seconds)
    {
        _fileName = fileName;
        _seconds = seconds;
        _deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        return default;
    }

    /// <summary>Rejects the document being read when its time is up; free when no budget runs.</summary>
    public static void Check()
    {
        if (_deadline != 0 && Stopwatch.GetTimestamp() > _deadline)
        {
            _deadline = 0;
            throw new DocumentRejectedException(_fileName ?? string.Empty, string.Create(CultureInfo.InvariantCulture,
                $"reading it took more than {_seconds:0.#} s (Catalog:Limits:MaxSeconds); the document is too long or too dense to read"));
        }
    }

    internal readonly struct Scope : IDisposable
    {
        public void Dispose() => _deadline = 0;
    }
}
