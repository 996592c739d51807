using System.Text;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

/// <summary>The repository's seed documents, ingested once for all tests.</summary>
internal static class Seeds
{
    public const string KoreanMarkdown = "000_47cddd82a3ebf027.txt";
    public const string ChineseMarkdown = "001_22b56112cc55f717.txt";
    public const string WebPage002 = "002_fc441899caaa3e5c.txt";
    public const string WebPage003 = "003_1a5a6f47d61ed29a.txt";
    public const string EnglishText = "004_6a682a0c77bf547d.txt";

    private static readonly Lazy<IReadOnlyDictionary<string, IngestedDocument>> Documents = new(Load);

    public static IReadOnlyDictionary<string, IngestedDocument> All => Documents.Value;

    public static IngestedDocument Get(string fileName) => All[fileName];

    public static string PathOf(string fileName) => Path.Combine(RepositoryRoot(), "seeds", fileName);

    public static IngestedDocument Ingest(string text, string fileName = "doc.md") =>
        new DocumentIngestor().Ingest(fileName, Encoding.UTF8.GetBytes(text));

    private static Dictionary<string, IngestedDocument> Load()
    {
        var ingestor = new DocumentIngestor();
        return Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => ingestor.Ingest(Path.GetFileName(f), File.ReadAllBytes(f)));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoAdoption.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No GoAdoption.sln above " + AppContext.BaseDirectory);
    }
}
