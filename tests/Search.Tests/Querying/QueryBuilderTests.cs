using DocArchive.Search.Querying;

namespace DocArchive.Search.Tests.Querying;

public sealed class QueryBuilderTests(ExtractedValuesIndex fixture) : IClassFixture<ExtractedValuesIndex>
{
    [Theory]
    [InlineData("ZHANG WEI", "ZHANG WEI")]
    [InlineData("wei zhang", "ZHANG WEI")]
    [InlineData("ZHANGWEI", "ZHANG WEI")]
    [InlineData("weizhang", "ZHANG WEI")]
    [InlineData("ZHANG WEl", "ZHANG WEI")]
    [InlineData("2HANG VVEI", "ZHANG WEI")]
    [InlineData("ZHAMGWEI", "ZHANG WEI")]
    [InlineData("CHEN WEIMING", "CHEN WEI MING")]
    [InlineData("RAJESH KUMAB", "RAJESH KUMAR")]
    [InlineData("Kumar Rajesh", "RAJESH KUMAR")]
    [InlineData("TANAKA HIR0SHI", "TANAKA HIROSHI")]
    [InlineData("Juan de la Cruz", "JUAN DELA CRUZ")]
    [InlineData("LI WEI", "LI WEI")]
    [InlineData("ZHAMG WEl", "ZHANG WEI")]
    [InlineData("TANAKA HIRDSHl", "TANAKA HIROSHI")]
    [InlineData("RAJE5H KUNAR", "RAJESH KUMAR")]
    [InlineData("ZHAMGVVEl", "ZHANG WEI")]
    [InlineData("li", "ZHANG LI")]
    public void Build_FindsThePerson_WhateverTheOrderSpacingOrOcrErrors(string typed, string person)
    {
        AssertInTopThree(fixture.PermitOf[person], typed);
    }

    [Theory]
    [InlineData("E12345678", "ZHANG WEI")]
    [InlineData("E1234S678", "ZHANG WEI")]
    [InlineData("E-1234-5678", "ZHANG WEI")]
    [InlineData("EA1Z34567", "ZHANG LI")]
    [InlineData("EAI234567", "ZHANG LI")]
    [InlineData("P1234567A", "JUAN DELA CRUZ")]
    [InlineData("TRI234567", "TANAKA HIROSHI")]
    [InlineData("2C21K1234567", "RAJESH KUMAR")]
    public void Build_FindsThePassportOrPermitNumber_ThroughSeparatorsAndConfusableCharacters(string typed, string person)
    {
        AssertInTopThree(fixture.PermitOf[person], typed);
    }

    [Theory]
    [InlineData("KEP.12345/PPTK/PTA/2024")]
    [InlineData("KEP12345PPTKPTA2024")]
    [InlineData("kep 12345 pptk pta 2024")]
    [InlineData("KEP.I2345/PPTK/PTA/2O24")]
    public void Build_FindsTheDecisionNumber_WholeCompactOrMisread(string typed)
    {
        Assert.Equal(fixture.Rptka, Hits(typed)[0]);
    }

    [Theory]
    [InlineData("sinar batu mining")]
    [InlineData("PT. SINAR BATU MINING Tbk")]
    [InlineData("Sinar Batu Mining, PT")]
    [InlineData("\"sinar batu mining\"")]
    public void Build_FindsTheEmployer_IgnoringLegalFormPunctuationAndCase(string typed)
    {
        var hits = Hits(typed);

        Assert.Contains(fixture.PermitOf["ZHANG WEI"], hits.Take(3));
        Assert.Contains(fixture.Rptka, hits.Take(3));
        Assert.DoesNotContain(fixture.PermitOf["ZHANG WEN"], hits);
    }

    [Fact]
    public void Build_RanksTheExactNameFirst_WhenLookAlikeNamesAlsoMatch()
    {
        Assert.Equal(fixture.PermitOf["ZHANG WEN"], Hits("ZHANG WEN")[0]);
        Assert.Equal(fixture.PermitOf["ZHANG WEI"], Hits("ZHANG WEI")[0]);
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    public void AllowedEdits_GrowsWithTheLengthOfTheNamePart(int length, int edits)
    {
        Assert.Equal(edits, QueryBuilder.AllowedEdits(new string('a', length)));
    }

    private List<Guid> Hits(string typed) => fixture.Index.Ids(typed).ToList();

    private void AssertInTopThree(Guid expected, string typed)
    {
        var hits = Hits(typed);
        Assert.True(hits.Take(3).Contains(expected), $"'{typed}' gave {hits.Count} hits, the expected one at {hits.IndexOf(expected)}");
    }
}
