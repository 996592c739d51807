namespace GoAdoption.Api.Tests;

internal static class TestPaths
{
    /// <summary>The repository's seeds folder, found by walking up from the test binaries to the solution file.</summary>
    public static string Seeds { get; } = FindSeeds();

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoAdoption.sln")))
                return Path.Combine(dir.FullName, "seeds");
        }
        throw new InvalidOperationException("Repository root (GoAdoption.sln) not found above " + AppContext.BaseDirectory);
    }
}
