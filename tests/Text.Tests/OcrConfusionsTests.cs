namespace DocArchive.Text.Tests;

public class OcrConfusionsTests
{
    [Theory]
    [InlineData("E12345678", "F12345678")]
    [InlineData("EA1526974", "BA1526974")]
    [InlineData("E18589983", "E1B589983")]
    [InlineData("P1234567O", "P12345670")]
    [InlineData("M12345678", "M12345G78")]
    [InlineData("Z5754266", "25754266")]
    [InlineData("e12345678", "F12345678")]
    public void OneConfusionAway_GivesTheMisreading_WhenOneCharacterIsConfused(string number, string misread)
    {
        Assert.Contains(misread, OcrConfusions.OneConfusionAway(number));
        Assert.Contains(number.ToUpperInvariant(), OcrConfusions.OneConfusionAway(misread));
    }

    [Theory]
    [InlineData("E12345678", "F1234567B")]
    [InlineData("E12345678", "E12345679")]
    [InlineData("E12345678", "E1234567")]
    [InlineData("E12345678", "E12345678")]
    public void OneConfusionAway_LeavesOutTheNumber_WhenItIsTwoConfusionsOrAnotherDigitAway(string number, string other)
    {
        Assert.DoesNotContain(other, OcrConfusions.OneConfusionAway(number));
    }
}
