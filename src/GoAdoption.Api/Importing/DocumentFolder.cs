namespace GoAdoption.Api.Importing;

/// <summary>One document file of a folder.</summary>
/// <param name="FileName">Its path relative to the folder, '/'-separated.</param>
/// <param name="Skipped">Why it is not read, when it is not (a link).</param>
public sealed record FolderEntry(string FileName, string? Skipped = null);

/// <summary>
/// The <c>.md</c> and <c>.txt</c> files of a folder and its subfolders, walked without leaving it: a symbolic link (to a
/// file or a folder) is listed as skipped and never followed, so a link to a system file is not read and a link back
/// up the tree imports nothing twice; a subfolder that cannot be listed is a warning, and the walk goes on.
/// </summary>
public static class DocumentFolder
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public static (IReadOnlyList<FolderEntry> Files, IReadOnlyList<string> Warnings) Walk(string root)
    {
        var files = new List<FolderEntry>();
        var warnings = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.TryPop(out var directory))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. directory.EnumerateFileSystemInfos("*", OneLevel)];
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                warnings.Add($"{Relative(root, directory.FullName)}/: cannot be listed ({Reason(e)}); its documents were not read");
                continue;
            }

            foreach (var entry in entries)
            {
                var name = Relative(root, entry.FullName);
                if (entry.LinkTarget is not null)
                {
                    if (IsDocument(entry.Name))
                    {
                        files.Add(new FolderEntry(name, "a symbolic link; links are not followed"));
                    }
                    else if (entry is DirectoryInfo)
                    {
                        warnings.Add($"{name}/: a symbolic link to a folder; links are not followed");
                    }

                    continue;
                }

                if (entry is DirectoryInfo subdirectory)
                {
                    pending.Push(subdirectory);
                }
                else if (IsDocument(entry.Name))
                {
                    files.Add(new FolderEntry(name));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FileName, b.FileName));
        return (files, warnings);
    }

    /// <summary>Whether a file name is one the importer reads (<c>.md</c> or <c>.txt</c>).</summary>
    public static bool IsDocument(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    // The operating system's words, without the server path the exception message carries.
    private static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : "an I/O error";
}
