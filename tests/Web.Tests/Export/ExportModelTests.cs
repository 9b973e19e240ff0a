using System.IO.Compression;
using System.Net;
using System.Text;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        Assert.Equal($"dokumen_sinar_{Today}.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal($"dokumen_sinar_{Today}.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{found.Documents[0].DocumentId},\"'=HYPERLINK(x).pdf\",application/pdf,1,done,", lines[1], StringComparison.Ordinal);
        Assert.Equal("PT Sinar Batu Mining", Rows(bytes).Single()["excerpt"]);
        using var workbook = new ZipArchive(await xlsx.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        using var sheet = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Contains("=HYPERLINK(x).pdf", await sheet.ReadToEndAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var exports = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries
            .Where(e => e.Action == AuditAction.Export).Select(e => e.Target).ToListAsync();
        Assert.Equal(["documents csv: sinar", "documents xlsx: sinar"], exports);
    }

    [Fact]
    public async Task GetFile_ExportsThePersonsOfTheDocumentsFound_WithTheirProvenance()
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        var report = await CatalogSeed.AddAsync(app, "laporan.pdf", "Laporan pemantauan PT Sinar Batu Mining", FieldReport());
        await CatalogSeed.AddAsync(app, "notulen.pdf", "Notulen rapat koordinasi", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Minutes,
            Persons = [CatalogSeed.Person("LI NA", "E87654321", "CHN", null)],
        });

        await using (var correcting = app.Services.CreateAsyncScope())
        {
            var corrected = await correcting.ServiceProvider.GetRequiredService<FieldCorrector>()
                .CorrectAsync(report, "persons[1].expiryDate", "30-06-2026", "petugas", CancellationToken.None);
            Assert.Equal(CorrectionOutcome.Corrected, corrected.Outcome);
        }

        using var csv = await analyst.GetAsync(new Uri("/export?handler=file&q=sinar&kind=Persons&format=Csv", UriKind.Relative));
        using var xlsx = await analyst.GetAsync(new Uri("/export?handler=file&q=sinar&kind=Persons&format=Xlsx", UriKind.Relative));
        using var documents = await analyst.GetAsync(new Uri("/export?handler=file&q=sinar&kind=Documents&format=Csv", UriKind.Relative));

        Assert.Equal($"orang_sinar_{Today}.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(
            "person_id,document_id,file_name,document_type,document_date,name,name_confidence,name_page,name_source,passport_number,",
            Encoding.UTF8.GetString(bytes[3..]),
            StringComparison.Ordinal);
        var rows = Rows(bytes);
        Assert.Equal(["ZHANG WEI", "KIM MINJUN"], rows.Select(r => r["name"]));
        var zhang = rows[0];
        Assert.Equal((report.ToString(), "field_report", "2024-03-14"), (zhang["document_id"], zhang["document_type"], zhang["document_date"]));
        Assert.Equal(("0.81", "1", "table"), (zhang["name_confidence"], zhang["name_page"], zhang["name_source"]));
        Assert.Equal(("E12345678", "mrz"), (zhang["passport_number"], zhang["passport_number_source"]));
        Assert.Equal(("CHN", "1985-04-12", "2026-01-31"), (zhang["nationality"], zhang["date_of_birth"], zhang["expiry_date"]));
        Assert.Equal("'=cmd|' /C calc'!A0", zhang["position"]);
        Assert.Equal(("PT Sinar Batu Mining", "label", "SINAR BATU MINING"), (zhang["employer"], zhang["employer_source"], zhang["employer_key"]));
        Assert.Equal(("", ""), (zhang["corrected_fields"], zhang["corrected_by"]));
        var kim = rows[1];
        Assert.Equal(("0.90", "2", "table"), (kim["name_confidence"], kim["name_page"], kim["name_source"]));
        Assert.Equal(("PT. SINAR BATU MINING Tbk", "label"), (kim["employer"], kim["employer_source"]));
        Assert.Equal(("2026-06-30", "", "correction"), (kim["expiry_date"], kim["expiry_date_confidence"], kim["expiry_date_source"]));
        Assert.Equal("persons[1].expiryDate", kim["corrected_fields"]);
        Assert.StartsWith("petugas ", kim["corrected_by"], StringComparison.Ordinal);
        Assert.NotEqual(zhang["person_id"], kim["person_id"]);
        using var workbook = new ZipArchive(await xlsx.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        using var sheet = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.Contains("<t>=cmd|' /C calc'!A0</t>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        var found = Assert.Single(Rows(await documents.Content.ReadAsByteArrayAsync()));
        Assert.Equal(("B.123/PPTK/2024", "0.95", "label"), (found["document_number"], found["document_number_confidence"], found["document_number_source"]));
        Assert.Equal(("Kota Jambi", "ZHANG WEI; KIM MINJUN"), (found["location"], found["persons"]));
        Assert.Equal("persons[1].expiryDate", found["corrected_fields"]);
        await using var scope = app.Services.CreateAsyncScope();
        var exports = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries
            .Where(e => e.Action == AuditAction.Export).Select(e => e.Target).ToListAsync();
        Assert.Equal(["persons csv: sinar", "persons xlsx: sinar", "documents csv: sinar"], exports);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    public async Task GetFile_ExportsEveryDocument_WhenTheSearchIsEmpty(string query)
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        await CatalogSeed.AddAsync(app, "laporan.pdf", "Laporan pemantauan PT Sinar Batu Mining", FieldReport());
        await CatalogSeed.AddAsync(app, "notulen.pdf", "Notulen rapat koordinasi", new ExtractionRecord { DocumentType = DocumentTypes.Minutes });

        var page = await analyst.GetStringAsync(new Uri($"/export?q={Uri.EscapeDataString(query)}", UriKind.Relative));
        using var csv = await analyst.GetAsync(new Uri($"/export?handler=file&q={Uri.EscapeDataString(query)}&format=Csv", UriKind.Relative));
        using var permits = await analyst.GetAsync(new Uri("/export?handler=file&q=type%3Aminutes&format=Csv", UriKind.Relative));

        Assert.Contains("2 dokumen akan diekspor.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal($"dokumen_{Today}.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["laporan.pdf", "notulen.pdf"], Rows(await csv.Content.ReadAsByteArrayAsync()).Select(r => r["file_name"]).Order());
        Assert.Equal(["notulen.pdf"], Rows(await permits.Content.ReadAsByteArrayAsync()).Select(r => r["file_name"]));
    }

    [Theory]
    [InlineData("Documents", "Pencarian ini tidak menemukan dokumen, jadi tidak ada berkas yang diunduh.")]
    [InlineData("Persons", "Dokumen yang ditemukan tidak menyebut seorang pun, jadi tidak ada berkas yang diunduh.")]
    public async Task GetFile_SaysNothingWasFoundInsteadOfDownloadingAnEmptyFile_WhenTheSearchGivesNoRow(string kind, string message)
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        await CatalogSeed.AddAsync(app, "notulen.pdf", "Notulen rapat koordinasi", new ExtractionRecord { DocumentType = DocumentTypes.Minutes });
        var query = kind == "Persons" ? "notulen" : "tidakadadimanapun";

        using var response = await analyst.GetAsync(new Uri($"/export?handler=file&q={query}&kind={kind}&format=Xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.AnyAsync(e => e.Action == AuditAction.Export));
    }

    [Fact]
    public async Task GetFile_SaysWhy_WhenTheQueryIsNotUnderstood()
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        using var response = await analyst.GetAsync(new Uri("/export?handler=file&q=expired%3Amaybe", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Pencarian tidak dipahami.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Today => DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A field report naming two workers, with where each value was read.</summary>
    private static ExtractionRecord FieldReport() => new()
    {
        DocumentType = DocumentTypes.FieldReport,
        DocumentNumber = "B.123/PPTK/2024",
        DocumentDate = new DateOnly(2024, 3, 14),
        Employer = "PT. SINAR BATU MINING Tbk",
        Location = "Kota Jambi",
        Persons =
        [
            CatalogSeed.Person("ZHANG WEI", "E12345678", "CHN", "PT Sinar Batu Mining", new DateOnly(2026, 1, 31)) with
            {
                DateOfBirth = new DateOnly(1985, 4, 12),
                Position = "=cmd|' /C calc'!A0",
            },
            CatalogSeed.Person("KIM MINJUN", "M12345678", "KOR", "PT. SINAR BATU MINING Tbk"),
        ],
        Fields = new Dictionary<string, FieldEvidence>
        {
            ["documentNumber"] = new("B.123/PPTK/2024", 0.95, 1, FieldSources.Label, null),
            ["location"] = new("Kota Jambi", 0.9, 1, FieldSources.Label, null),
            ["employer"] = new("PT Sinar Batu Mining", 0.95, 1, FieldSources.Label, null),
            ["name"] = new("ZHANG WEI", 0.81, 1, FieldSources.Table, null),
            ["passportNumber"] = new("E12345678", 0.99, 1, FieldSources.Mrz, null),
            ["persons[1].name"] = new("KIM MINJUN", 0.9, 2, FieldSources.Table, null),
        },
    };

    /// <summary>The rows of a CSV export, each cell by its column's name.</summary>
    private static List<Dictionary<string, string>> Rows(byte[] bytes)
    {
        var table = ReadCsv(bytes);
        return [.. table[1..].Select(r => table[0].Zip(r).ToDictionary(c => c.First, c => c.Second))];
    }

    /// <summary>The cells of a CSV export, after its byte-order mark: quoted cells unquoted, doubled quotes single.</summary>
    private static List<string[]> ReadCsv(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var text = Encoding.UTF8.GetString(bytes[3..]);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',' || c == '\r')
            {
                row.Add(cell.ToString());
                cell.Clear();
                if (c == '\r')
                {
                    rows.Add([.. row]);
                    row.Clear();
                    i++;
                }
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
