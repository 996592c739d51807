using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Claims;

namespace GoAdoption.Ingest.Tests.Claims;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("1,200", 1200)]
    [InlineData("9,200", 9200)]
    [InlineData("4.2", 4.2)]
    [InlineData("0.002", 0.002)]
    [InlineData("10K", 1e4)]
    [InlineData("8k", 8e3)]
    [InlineData("1.2M", 1.2e6)]
    [InlineData("180K", 1.8e5)]
    [InlineData("1.5 million", 1.5e6)]
    public void TryParse_ArabicWithSeparatorsDecimalsAndSuffixes_ReadsValue(string text, double expected)
    {
        Assert.True(NumberParser.TryParse(text, out var value));
        Assert.Equal(expected, value, 9);
    }

    [Theory]
    [InlineData("4.2 亿", 4.2e8)]
    [InlineData("3000亿", 3e11)]
    [InlineData("千亿", 1e11)]
    [InlineData("百万", 1e6)]
    [InlineData("700万", 7e6)]
    [InlineData("10 万", 1e5)]
    [InlineData("千万", 1e7)]
    [InlineData("十万", 1e5)]
    [InlineData("两千万", 2e7)]
    [InlineData("4亿2000万", 4.2e8)]
    [InlineData("120 万", 1.2e6)]
    public void TryParse_ChineseMagnitudes_Compose(string text, double expected)
    {
        Assert.True(NumberParser.TryParse(text, out var value));
        Assert.Equal(expected, value, 3);
    }

    [Theory]
    [InlineData("4억 2천만", 4.2e8)]
    [InlineData("1만", 1e4)]
    [InlineData("3천", 3e3)]
    [InlineData("백만", 1e6)]
    public void TryParse_KoreanMagnitudes_Compose(string text, double expected)
    {
        Assert.True(NumberParser.TryParse(text, out var value));
        Assert.Equal(expected, value, 3);
    }

    [Theory]
    [InlineData("five billion", 5e9)]
    [InlineData("a hundred", 100)]
    [InlineData("two hundred thousand", 2e5)]
    [InlineData("twenty-five", 25)]
    [InlineData("one-eighth", 0.125)]
    [InlineData("a third", 1d / 3)]
    [InlineData("twice", 2)]
    public void TryParse_EnglishNumberWords_ReadValue(string text, double expected)
    {
        Assert.True(NumberParser.TryParse(text, out var value));
        Assert.Equal(expected, value, 9);
    }

    [Theory]
    [InlineData("millions", 1e6)]
    [InlineData("billions", 1e9)]
    [InlineData("hundreds", 100)]
    public void TryParseAt_PluralScaleWords_AreAtLeastOneOfTheUnit(string text, double expected)
    {
        Assert.True(NumberParser.TryParseAt(text, 0, out var number, out _));
        Assert.Equal(expected, number.Value);
        Assert.Equal(ClaimBound.AtLeast, number.Bound);
    }

    [Fact]
    public void TryParseAt_DigitFraction_IsARatio()
    {
        Assert.True(NumberParser.TryParseAt("1/2.5", 0, out var number, out _));
        Assert.True(number.IsFraction);
        Assert.Equal(0.4, number.Value, 9);
    }

    [Theory]
    [InlineData("1.1.1.1")]
    [InlineData("2019.06.05")]
    public void TryParseAt_DottedVersionsAndDates_AreSkippedWhole(string text)
    {
        Assert.False(NumberParser.TryParseAt(text, 0, out _, out var skipTo));
        Assert.Equal(text.Length, skipTo);
    }

    [Theory]
    [InlineData("百度")]
    [InlineData("만들다")]
    [InlineData("of")]
    [InlineData("a service")]
    public void TryParseAt_WordsThatOnlyLookNumeric_AreNotNumbers(string text) =>
        Assert.False(NumberParser.TryParseAt(text, 0, out _, out _));
}
