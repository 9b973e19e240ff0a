using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Extraction;
using DocArchive.Web.Corrections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Tests.Corrections;

public sealed class CorrectionEndpointsTests
{
    [Fact]
    public async Task Put_ReturnsTheStoredCorrection_AndTheReviewQueueDropsTheField()
    {
        await using var app = new DocArchiveApplication(reviewConfidence: 0.995);
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
    public async Task Put_RecordsNoCorrectionAndNoAuditEntry_ButTakesTheFieldOffTheQueue_WhenTheValueIsTheOneInForce()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var id = await CatalogSeed.AddAsync(app, "kitas.pdf", "Kartu izin tinggal terbatas", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [CatalogSeed.Person("WANG FANG", "E23456789", "CHN", null)],
            Fields = new Dictionary<string, FieldEvidence> { ["passportNumber"] = new("E23456789", 0.5, 1, FieldSources.Label, null) },
        });

        using var same = await client.PutAsJsonAsync($"/api/documents/{id}/fields/passportNumber", new CorrectionRequest(" e 2345 6789 "));
        var queue = (await client.GetFromJsonAsync<ReviewPage>("/api/review", DocArchiveApplication.Json))!;

        Assert.Equal(HttpStatusCode.NoContent, same.StatusCode);
        Assert.Equal(0, await CorrectionSteps.QueryAsync(app, db => db.FieldCorrections.CountAsync()));
        Assert.Equal(0, await CorrectionSteps.QueryAsync(app, db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.FieldCorrection)));
        Assert.Equal(0, queue.Total);

        using var corrected = await client.PutAsJsonAsync($"/api/documents/{id}/fields/passportNumber", new CorrectionRequest("E23456780"));
        using var again = await client.PutAsJsonAsync($"/api/documents/{id}/fields/passportNumber", new CorrectionRequest("E23456780"));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(1, await CorrectionSteps.QueryAsync(app, db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.FieldCorrection)));
        Assert.Equal("E23456780", (await CorrectionSteps.QueryAsync(app, db => db.FieldCorrections.SingleAsync())).Value);
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
