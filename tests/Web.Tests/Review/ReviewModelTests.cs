using DocArchive.Ingest.Accounts;
using DocArchive.Web.Tests.Corrections;

namespace DocArchive.Web.Tests.Review;

public sealed class ReviewModelTests
{
    [Fact]
    public async Task Get_ListsLowConfidenceFieldsAndFailingCheckDigits_AndDropsAFieldOnceCorrected()
    {
        // Label fields of a text layer are read at 95 %: below this threshold they wait for review.
        await using var app = new DocArchiveApplication(reviewConfidence: 0.97);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = await CorrectionSteps.UploadAsync(client, "kitas <b>wang.pdf", CorrectionSteps.Permit("E23456789", badCheckDigit: true));

        var before = await client.GetStringAsync(new Uri("/review", UriKind.Relative));
        await CorrectionSteps.CorrectAsync(client, id, "position", "Senior Geologist");
        var after = await client.GetStringAsync(new Uri("/review", UriKind.Relative));

        Assert.Matches(
            $"""<tr data-key="position" data-reason="LowConfidence">\s*<td><a href="/documents/{id}">kitas &lt;b&gt;wang.pdf</a>""", before);
        Assert.Contains($"<a href=\"/documents/{id}#field-position\">periksa</a>", before, StringComparison.Ordinal);
        Assert.Contains("<tr data-key=\"dateOfBirth\" data-reason=\"MrzCheck\">", before, StringComparison.Ordinal);
        Assert.Contains("L898902C36UTO7408123F1204159ZE184226B&lt;&lt;&lt;&lt;&lt;10", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-key=\"position\"", after, StringComparison.Ordinal);
        Assert.Contains("<tr data-key=\"dateOfBirth\" data-reason=\"MrzCheck\">", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>wang", before, StringComparison.Ordinal);
    }
}
