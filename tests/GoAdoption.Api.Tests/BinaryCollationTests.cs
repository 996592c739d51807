using GoAdoption.Api.Data.Reading;

namespace GoAdoption.Api.Tests;

/// <summary>Lists sorted in memory must come out in the order SQLite's BINARY collation gives the same names.</summary>
public sealed class BinaryCollationTests
{
    [Fact]
    public void Characters_beyond_U_FFFF_sort_after_fullwidth_letters_as_their_UTF8_bytes_do()
    {
        string[] names = ["\U0001F600 emoji co", "\uFF21 fullwidth co", "abc", "腾讯"];

        var sorted = names.Order(BinaryCollation.Instance).ToList();

        // Ordinal UTF-16 order would put the emoji (a surrogate pair, 0xD83D…) before the fullwidth letter.
        Assert.Equal(["abc", "腾讯", "\uFF21 fullwidth co", "\U0001F600 emoji co"], sorted);
    }

    [Fact]
    public void A_prefix_sorts_before_the_longer_name()
    {
        Assert.True(BinaryCollation.Instance.Compare("uber", "uber eats") < 0);
        Assert.Equal(0, BinaryCollation.Instance.Compare("uber", "uber"));
    }
}
