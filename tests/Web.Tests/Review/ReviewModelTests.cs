using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Reading;
using DocArchive.Web.Review;
using DocArchive.Web.Tests.Corrections;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Tests.Review;

public sealed class ReviewModelTests
{
    [Fact]
    public async Task Get_ListsLowConfidenceFieldsAndFailingCheckDigits_AndDropsAFieldOnceCorrected()
    {
        // Label fields of a text layer are right 99 times in 100 (their calibrated confidence): below this threshold they wait for review.
        await using var app = new DocArchiveApplication(reviewConfidence: 0.995);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = await CorrectionSteps.UploadAsync(client, "kitas <b>wang.pdf", CorrectionSteps.Permit("E23456789", badCheckDigit: true));

        var before = await client.GetStringAsync(new Uri("/review", UriKind.Relative));
        await CorrectionSteps.CorrectAsync(client, id, "position", "Senior Geologist");
        var after = await client.GetStringAsync(new Uri("/review", UriKind.Relative));

        Assert.Matches($"""<h2><a href="/documents/{id}">kitas &lt;b&gt;wang.pdf</a></h2>""", before);
        Assert.Contains("data-key=\"position\" data-reason=\"LowConfidence\"", before, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/documents/{id}#field-position\">lihat di dokumen</a>", before, StringComparison.Ordinal);
        Assert.Contains("data-key=\"dateOfBirth\" data-reason=\"MrzCheck\"", before, StringComparison.Ordinal);
        Assert.Contains("L898902C36UTO7408123F1204159ZE184226B&lt;&lt;&lt;&lt;&lt;10", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-key=\"position\"", after, StringComparison.Ordinal);
        Assert.Contains("data-key=\"dateOfBirth\" data-reason=\"MrzCheck\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>wang", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_GroupsItemsByDocumentWithTheirCount_CropsThePageAndNamesThePerson()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var minutes = await CatalogSeed.AddAsync(app, "notulen.pdf", "Notulen rapat", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Minutes,
            Persons = [CatalogSeed.Person("ZHANG WEI", "E12345678", "CHN", null), CatalogSeed.Person("LI NA", "E87654321", "CHN", null)],
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["name"] = new("ZHANG WEI", 0.99, 1, FieldSources.Table, new BoundingBox(100, 200, 120, 12)),
                ["passportNumber"] = new("E12345678", 0.5, 1, FieldSources.Table, new BoundingBox(240, 200, 80, 12)),
                ["persons[1].name"] = new("LI NA", 0.6, 1, FieldSources.Table, new BoundingBox(100, 220, 60, 12)),
            },
        });
        var passport = await CatalogSeed.AddAsync(app, "paspor.pdf", "Paspor", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Passport,
            Persons = [CatalogSeed.Person("KIM MINJUN", "M12345678", "KOR", null)],
            Fields = new Dictionary<string, FieldEvidence> { ["name"] = new("KIM MINJUN", 0.4, 1, FieldSources.Label, new BoundingBox(50, 60, 90, 10)) },
        });

        var html = await client.GetStringAsync(new Uri("/review", UriKind.Relative));

        Assert.Equal(2, html.Split("<section class=\"review-document\"").Length - 1);
        Assert.Matches($"""data-document-id="{minutes}">\s*<h2><a href="/documents/{minutes}">notulen.pdf</a></h2>\s*<p class="muted">notulen rapat · 2 isian perlu ditinjau""", html);
        Assert.Matches($"""data-document-id="{passport}">\s*<h2><a href="/documents/{passport}">paspor.pdf</a></h2>\s*<p class="muted">paspor · 1 isian perlu ditinjau""", html);
        Assert.Matches("<h3>Nama\\s*<span class=\"muted\"> · orang ke-2: LI NA</span>", html);
        Assert.Matches("<h3>No. paspor\\s*<span class=\"muted\"> · orang ke-1: ZHANG WEI</span>", html);
        Assert.Contains($"<image href=\"/api/documents/{minutes}/pages/1/image\" width=\"595\" height=\"842\"", html, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"240\" y=\"200\" width=\"80\" height=\"12\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" name=\"value\" value=\"LI NA\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("orang ke-1: KIM MINJUN", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LeavesOutRptkaPositionsAndFindings_WhichCannotBeCorrected()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var rptka = await CatalogSeed.AddAsync(app, "rptka.pdf", "Pengesahan RPTKA", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            DocumentNumber = "KEP.12345/PPTK/2024",
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["documentNumber"] = new("KEP.12345/PPTK/2024", 0.5, 1, FieldSources.Label, null),
                ["positions[0].title"] = new("Mining Engineer", 0.3, 1, FieldSources.Table, null),
                ["positions[0].count"] = new("2", 0.3, 1, FieldSources.Table, null),
            },
        });
        await CatalogSeed.AddAsync(app, "laporan.pdf", "Laporan pemantauan", new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            Persons = [CatalogSeed.Person("ZHANG WEI", "E12345678", "CHN", null), CatalogSeed.Person("LI NA", "E87654321", "CHN", null)],
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["finding"] = new("Sesuai", 0.3, 1, FieldSources.Table, null),
                ["persons[1].finding"] = new("Overstay", 0.3, 1, FieldSources.Table, null),
            },
        });

        var queue = (await client.GetFromJsonAsync<ReviewPage>("/api/review", DocArchiveApplication.Json))!;
        var html = await client.GetStringAsync(new Uri("/review", UriKind.Relative));

        Assert.Equal([(rptka, "documentNumber")], queue.Items.Select(i => (i.DocumentId, i.Key)));
        Assert.Equal(1, queue.Total);
        Assert.Contains("1 isian perlu ditinjau", html, StringComparison.Ordinal);
        Assert.DoesNotContain("laporan.pdf", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SavesTheCorrectionAndReturnsAtTheNextItem_WhenSaveAndNextIsPressed()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var id = await SeedPermitAsync(app);
        var items = (await client.GetFromJsonAsync<ReviewPage>("/api/review", DocArchiveApplication.Json))!.Items;
        var next = ReviewModel.AnchorOf(items[1]);

        using var response = await PostAsync(client, id, items[0].Key, "WANG FANG", "save", next);
        var html = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/review?page=1&saved=corrected&at={next}#{next}", response.Headers.Location?.OriginalString);
        Assert.Contains("Tersimpan: koreksi dicatat.", html, StringComparison.Ordinal);
        Assert.Matches($"""id="{next}"[\s\S]*?name="value" value="[^"]*" autocomplete="off" autofocus="autofocus">""", html);
        Assert.DoesNotContain($"data-key=\"{items[0].Key}\"", html, StringComparison.Ordinal);
        var correction = await CorrectionSteps.QueryAsync(app, db => db.FieldCorrections.SingleAsync());
        Assert.Equal(("name", "WANG FANG", "WANG FAMG"), (correction.Key, correction.Value, correction.MachineValue));
    }

    [Fact]
    public async Task Post_ConfirmsTheReadingWithoutACorrectionOrAuditEntry_AndTakesItOffTheQueue()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var id = await SeedPermitAsync(app);

        using var response = await PostAsync(client, id, "passportNumber", "", ReviewModel.Confirm, null);
        var html = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Tersimpan: bacaan mesin dinyatakan benar.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-key=\"passportNumber\"", html, StringComparison.Ordinal);
        Assert.Contains("data-key=\"name\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CorrectionSteps.QueryAsync(app, db => db.FieldCorrections.CountAsync()));
        Assert.Equal(0, await CorrectionSteps.QueryAsync(app, db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.FieldCorrection)));
        var confirmation = await CorrectionSteps.QueryAsync(app, db => db.FieldConfirmations.SingleAsync());
        Assert.Equal(("passportNumber", "E23456789"), (confirmation.Key, confirmation.Value));
    }

    [Fact]
    public async Task Post_ShowsTheReasonAtTheItemWithTheTypedValue_WhenTheValueIsRefused()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var id = await SeedPermitAsync(app);

        using var response = await PostAsync(client, id, "passportNumber", "12", "save", null);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"error\">&quot;12&quot; bukan nilai yang sah untuk isian &quot;No. paspor&quot;.</p>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"value\" value=\"12\" autocomplete=\"off\" autofocus=\"autofocus\">", html, StringComparison.Ordinal);
    }

    /// <summary>A permit whose name (misread) and passport number wait for review.</summary>
    private static Task<Guid> SeedPermitAsync(DocArchiveApplication app) =>
        CatalogSeed.AddAsync(app, "kitas.pdf", "Kartu izin tinggal terbatas", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [CatalogSeed.Person("WANG FAMG", "E23456789", "CHN", null)],
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["name"] = new("WANG FAMG", 0.5, 1, FieldSources.Label, new BoundingBox(100, 200, 120, 12)),
                ["passportNumber"] = new("E23456789", 0.6, 1, FieldSources.Label, new BoundingBox(100, 220, 90, 12)),
            },
        });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string key, string value, string action, string? next)
    {
        var token = await DocArchiveApplication.AntiforgeryTokenAsync(client, "/review");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["documentId"] = id.ToString(),
            ["key"] = key,
            ["value"] = value,
            ["action"] = action,
            ["page"] = "1",
            ["next"] = next ?? "",
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(new Uri("/review", UriKind.Relative), form);
    }
}
