using System.IO.Compression;
using System.Net;
using System.Text;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using DocArchive.Web.Tests.Corrections;

namespace DocArchive.Web.Tests.Export;

public sealed class ExportModelTests
{
    [Fact]
    public async Task GetFile_ExportsTheDocumentsTheSearchFinds_AsCsvAndXlsx()
    {
        await using var app = new DocArchiveApplication();
        using var clerk = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var found = await DocArchiveApplication.UploadAsync(clerk, ("=HYPERLINK(x).pdf", FixtureDocument.TextPdf(FixturePage.FromLines("PT Sinar Batu Mining"))));
        var other = await DocArchiveApplication.UploadAsync(clerk, ("notulen.pdf", FixtureDocument.TextPdf(FixturePage.FromLines("Rapat koordinasi"))));
        await DocArchiveApplication.WaitUntilFinishedAsync(clerk, found.Documents[0].DocumentId);
        await DocArchiveApplication.WaitUntilFinishedAsync(clerk, other.Documents[0].DocumentId);
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        using var csv = await analyst.GetAsync(new Uri("/export?handler=file&q=sinar&format=Csv", UriKind.Relative));
        using var xlsx = await analyst.GetAsync(new Uri("/export?handler=file&q=sinar&format=Xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("documents.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{found.Documents[0].DocumentId},\"'=HYPERLINK(x).pdf\",application/pdf,1,done,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",PT Sinar Batu Mining,", lines[1], StringComparison.Ordinal);
        using var workbook = new ZipArchive(await xlsx.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        using var sheet = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Contains("=HYPERLINK(x).pdf", await sheet.ReadToEndAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var exports = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries
            .Where(e => e.Action == AuditAction.Export).Select(e => e.Target).ToListAsync();
        Assert.Equal(["documents csv: sinar", "documents xlsx: sinar"], exports);
    }

    [Fact]
    public async Task GetFile_ExportsTheCorrectedValuesAndWhoCorrectedThem_WhenAFieldWasCorrected()
    {
        await using var app = new DocArchiveApplication();
        var officer = await app.CreateUserAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        using var client = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(client, officer, DocArchiveApplication.Password)).Dispose();
        var id = await CorrectionSteps.UploadAsync(client, "kitas.pdf", CorrectionSteps.Permit("E2345678B"));
        await CorrectionSteps.CorrectAsync(client, id, "passportNumber", "E23456789");
        await CorrectionSteps.SearchUntilFoundAsync(client, "E23456789", id);
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        var csv = Encoding.UTF8.GetString(await analyst.GetByteArrayAsync(new Uri("/export?handler=file&q=E23456789&format=Csv", UriKind.Relative)));

        var lines = csv[1..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",persons,passport_numbers,corrected_fields,corrected_by", lines[0], StringComparison.Ordinal);
        Assert.Matches($@"(?s)^{id},kitas\.pdf,.*,permit,.*,WANG FANG,E23456789,passportNumber,{officer} \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d$", lines[1]);
    }

    [Fact]
    public async Task GetFile_SaysWhy_WhenTheQueryIsMissing()
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        using var response = await analyst.GetAsync(new Uri("/export?handler=file&q=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tulis pencarian yang akan diekspor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
