namespace GoAdoption.Ingest;

/// <summary>A curation file that cannot be applied; <see cref="Problems"/> lists every problem found, each with where it is.</summary>
public sealed class CurationException : Exception
{
    public CurationException(string origin, IReadOnlyList<string> problems)
        : base($"The curation file {origin} is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    public CurationException()
    {
        Problems = [];
    }

    public CurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public CurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
