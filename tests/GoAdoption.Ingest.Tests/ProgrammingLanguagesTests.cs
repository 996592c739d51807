using GoAdoption.Domain.Languages;

namespace GoAdoption.Ingest.Tests;

public sealed class ProgrammingLanguagesTests
{
    [Theory]
    [InlineData("C#", ".net")]
    [InlineData(" dotnet ", ".net")]
    [InlineData("Python3", "python")]
    [InlineData("JAVA", "java")]
    public void Every_name_of_a_language_has_the_key_of_its_canonical_name(string written, string key) =>
        Assert.Equal(key, ProgrammingLanguages.Key(written));

    [Fact]
    public void A_value_that_names_no_known_language_keeps_its_own_words_lower_cased_and_a_blank_one_has_no_key()
    {
        Assert.Equal("mumps 2", ProgrammingLanguages.Key(" MUMPS 2 "));
        Assert.Null(ProgrammingLanguages.Key("  "));
        Assert.Null(ProgrammingLanguages.Key(null));
    }

    [Fact]
    public void A_migration_written_with_an_alias_is_read_as_the_canonical_language()
    {
        var document = new DocumentIngestor().Ingest("notes.md", "# Notes\n\nUber moved its billing service from C# to Go.\n"u8.ToArray());

        Assert.Equal(".NET", Assert.Single(document.UseCases).MigratedFrom);
    }

    [Fact]
    public void No_alias_belongs_to_two_languages()
    {
        var names = ProgrammingLanguages.All.SelectMany(l => l.AllNames.Distinct(StringComparer.OrdinalIgnoreCase)).ToList();

        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
