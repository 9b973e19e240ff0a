using System.Net;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Tests.Corrections;

public sealed class CorrectModelTests
{
    [Fact]
    public async Task Post_StoresWhoWhenAndTheMachineValue_ShowsItOnThePageAndInSearch_WhenAnOfficerCorrectsAName()
    {
        await using var app = new DocArchiveApplication();
        var officer = await app.CreateUserAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        using var client = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(client, officer, DocArchiveApplication.Password)).Dispose();
        var id = await CorrectionSteps.UploadAsync(client, "kitas-wang.pdf", CorrectionSteps.Permit("E23456789"));
        var before = DateTimeOffset.UtcNow;
        var unfound = await client.GetStringAsync(new Uri("/api/search?q=lihua", UriKind.Relative));

        await CorrectionSteps.CorrectAsync(client, id, "name", "Wang <b>Lihua</b>");

        var correction = await CorrectionSteps.QueryAsync(app, db => db.FieldCorrections.SingleAsync(c => c.DocumentId == id));
        Assert.Equal(("name", "WANG B LIHUA B", "WANG FANG", officer), (correction.Key, correction.Value, correction.MachineValue, correction.CorrectedBy));
        Assert.InRange(correction.CorrectedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var html = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
        var name = FieldEntry.Of(html, "name");
        Assert.Matches("""^<li id="field-name" class="field corrected" """, name);
        Assert.Contains("""name="value" value="WANG B LIHUA B" """, name, StringComparison.Ordinal);
        Assert.Matches($"""<div class="muted corrected-by">dikoreksi oleh {officer}, [^<·]+ ·\s*Hasil mesin: WANG FANG \(label, keyakinan \d+%\)</div>""", name);
        Assert.DoesNotContain(id.ToString(), unfound, StringComparison.Ordinal);
        await CorrectionSteps.SearchUntilFoundAsync(client, "lihua", id);
        var audit = await CorrectionSteps.QueryAsync(app, db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.FieldCorrection));
        Assert.Equal((officer, $"{id} name: WANG FANG -> WANG B LIHUA B"), (audit.UserName, audit.Target));
    }

    [Fact]
    public async Task Post_LinksTheDocumentToTheRightPerson_AndKeepsTheCorrection_WhenTheDocumentIsReadAgain()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var right = await CorrectionSteps.UploadAsync(client, "kitas-2024.pdf", CorrectionSteps.Permit("E23456789"));
        var misread = await CorrectionSteps.UploadAsync(client, "kitas-2025.pdf", CorrectionSteps.Permit("E2345678B"));
        Assert.Equal(2, await CorrectionSteps.QueryAsync(app, db => db.Persons.CountAsync()));

        await CorrectionSteps.CorrectAsync(client, misread, "passportNumber", "E 2345 6789");
        await CorrectionSteps.ReadAgainAsync(app, client, misread);

        var person = await CorrectionSteps.QueryAsync(app, db => db.Persons.SingleAsync());
        Assert.Equal("E23456789", person.PassportNumber);
        var links = await CorrectionSteps.QueryAsync(app, db => db.PersonDocuments.Where(l => l.PersonId == person.Id).ToListAsync());
        Assert.Equal(new[] { right, misread }.Order(), links.Select(l => l.DocumentId).Order());
        Assert.All(links, l => Assert.Equal("E23456789", l.PassportNumber));
        var machine = await CorrectionSteps.QueryAsync(app, db => db.ExtractedFields.SingleAsync(f => f.DocumentId == misread && f.Key == "passportNumber"));
        Assert.Equal("E2345678B", machine.Value);
        var html = await client.GetStringAsync(new Uri($"/documents/{misread}", UriKind.Relative));
        Assert.Contains("""name="value" value="E23456789" """, FieldEntry.Of(html, "passportNumber"), StringComparison.Ordinal);
        await CorrectionSteps.SearchUntilFoundAsync(client, "E23456789", misread);
    }

    [Fact]
    public async Task Post_ShowsTheReasonAndStoresNothing_WhenTheValueIsNoDate()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = await CorrectionSteps.UploadAsync(client, "kitas.pdf", CorrectionSteps.Permit("E23456789"));

        using var response = await CorrectionSteps.PostAsync(client, id, "dateOfBirth", "<script>alert(1)</script>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; bukan nilai yang sah untuk isian &quot;Tanggal lahir&quot;.", html, StringComparison.Ordinal);
        Assert.Contains("<label>Tanggal lahir", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dateOfBirth<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(0, await CorrectionSteps.QueryAsync(app, db => db.FieldCorrections.CountAsync()));
    }

    [Fact]
    public async Task Get_DrawsEachFieldsBoxOverThePageImage_InThePagesOwnUnits()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = await CorrectionSteps.UploadAsync(client, "kitas.pdf", CorrectionSteps.Permit("E23456789"));
        var page = await CorrectionSteps.QueryAsync(app, db => db.Pages.SingleAsync(p => p.DocumentId == id));
        var field = await CorrectionSteps.QueryAsync(app, db => db.ExtractedFields.SingleAsync(f => f.DocumentId == id && f.Key == "position"));

        var html = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        Assert.Contains($"<img src=\"/api/documents/{id}/pages/1/image\" width=\"{Math.Round(page.Width)}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<svg viewBox=\"0 0 {Svg(page.Width)} {Svg(page.Height)}\"", html, StringComparison.Ordinal);
        var box = field.Box!.Value;
        Assert.Matches(
            $"""<a href="#field-position"><rect class="box[^"]*"\s+x="{Regex.Escape(Svg(box.Left))}" y="{Regex.Escape(Svg(box.Top))}" width="{Regex.Escape(Svg(box.Width))}" height="{Regex.Escape(Svg(box.Height))}"><title>Jabatan: Geologist</title>""",
            html);
        using var image = await client.GetAsync(new Uri($"/api/documents/{id}/pages/1/image", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xFF, 0xD8], (await image.Content.ReadAsByteArrayAsync())[..2]);
    }

    private static string Svg(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
