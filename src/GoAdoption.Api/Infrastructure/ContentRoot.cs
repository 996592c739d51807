using System.Reflection;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Where the program's own files are (appsettings.json, and a relative catalog.db): its project folder when it runs from
/// a build of the repository (the build records it), else the working directory, as a published program (a container)
/// expects. The working directory itself is the caller's, so relative paths given to commands mean what they say.
/// </summary>
internal static class ContentRoot
{
    public static string? Find()
    {
        var project = typeof(ContentRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        // Null leaves the default (the working directory, or what a test host sets).
        return project is not null && File.Exists(Path.Combine(project, "appsettings.json")) ? project : null;
    }
}
