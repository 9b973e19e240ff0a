using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Corrections;
using DocArchive.Web.Corrections;
using Microsoft.AspNetCore.Mvc;

namespace DocArchive.Web.Tests.Corrections;

public sealed class CorrectionEndpointsTests
{
    [Fact]
    public async Task Put_ReturnsTheStoredCorrection_AndTheReviewQueueDropsTheField()
    {
        await using var app = new DocArchiveApplication(reviewConfidence: 0.97);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = await CorrectionSteps.UploadAsync(client, "kitas.pdf", CorrectionSteps.Permit("E23456789"));
        var queued = (await client.GetFromJsonAsync<ReviewPage>("/api/review", DocArchiveApplication.Json))!;

        using var response = await client.PutAsJsonAsync($"/api/documents/{id}/fields/expiryDate", new CorrectionRequest("31/12/2026"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var correction = (await response.Content.ReadFromJsonAsync<CorrectionResponse>(DocArchiveApplication.Json))!;
        Assert.Equal(("expiryDate", "2026-12-31", "2026-06-30"), (correction.Key, correction.Value, correction.MachineValue));
        var left = (await client.GetFromJsonAsync<ReviewPage>("/api/review", DocArchiveApplication.Json))!;
        Assert.Contains(queued.Items, i => i.DocumentId == id && i.Key == "expiryDate" && i.Reason == ReviewReason.LowConfidence);
        Assert.DoesNotContain(left.Items, i => i.Key == "expiryDate");
        Assert.Equal(queued.Total - 1, left.Total);
    }

    [Fact]
    public async Task Put_Returns400WithTheReason_WhenTheValueIsNoPassportNumber()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = await CorrectionSteps.UploadAsync(client, "kitas.pdf", CorrectionSteps.Permit("E23456789"));

        using var response = await client.PutAsJsonAsync($"/api/documents/{id}/fields/passportNumber", new CorrectionRequest("12"));
        using var unknown = await client.PutAsJsonAsync($"/api/documents/{Guid.NewGuid()}/fields/name", new CorrectionRequest("WANG FANG"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("passport number", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
