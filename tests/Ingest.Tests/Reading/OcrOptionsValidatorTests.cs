using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Tests.Reading;

public sealed class OcrOptionsValidatorTests
{
    [Fact]
    public void Validate_Succeeds_WhenEveryLanguageHasItsModel() =>
        Assert.True(new OcrOptionsValidator().Validate(null, OcrTestEnvironment.Options()).Succeeded);

    [Fact]
    public void Validate_NamesEachProblem_WhenOptionsAreWrong()
    {
        var options = OcrTestEnvironment.Options(workers: 0, pageTimeout: TimeSpan.Zero);
        options.Languages = "ind+xyz";

        var result = new OcrOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("xyz.traineddata", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("OcrWorkers", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("PageTimeout", result.FailureMessage, StringComparison.Ordinal);
    }
}
