namespace GoAdoption.Domain.Languages;

/// <summary>A programming language a system may have been migrated from, with the other ways articles write it.</summary>
/// <param name="Name">The canonical name: the migrated-from value on a use-case or a claim.</param>
/// <param name="Aliases">Other spellings that mean the same language or runtime (".NET" for C#, F# and ASP.NET).</param>
/// <param name="CaseSensitive">Whether running text must write it in this case ("C" and "R" are letters otherwise).</param>
public sealed record ProgrammingLanguage(string Name, IReadOnlyList<string> Aliases, bool CaseSensitive)
{
    /// <summary>The canonical name, then the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
