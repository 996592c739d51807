namespace GoAdoption.Ingest.Segmentation;

/// <summary>The headings above the current position, outermost first.</summary>
internal sealed class HeadingStack
{
    private readonly List<(int Level, string Text)> _open = [];
    private IReadOnlyList<string> _path = [];

    public IReadOnlyList<string> Path => _path;

    public void Push(int level, string text)
    {
        _open.RemoveAll(h => h.Level >= level);
        _open.Add((level, text));
        _path = [.. _open.Select(h => h.Text)];
    }
}
