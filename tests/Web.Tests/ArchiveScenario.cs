using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests;

/// <summary>
/// A small archive stored in the host's catalog through the real writer, without reading any page, dated from today:
/// ZHANG WEI's expired and current permits at PT Sinar Batu Mining, a field report finding him and KIM MINJUN (whose
/// permit ended five days ago; the finding about him holds markup), the company's RPTKA, and LI MING's permit at
/// another company ending in 80 days.
/// </summary>
internal sealed record ArchiveScenario(DateOnly Today, Guid Zhang, Guid Kim, Guid Li, Guid OldPermit, Guid Permit, Guid Report, Guid Rptka, Guid LiPermit)
{
    public const string CompanyKey = "SINAR BATU MINING";

    public const string KimFinding = "overstay <script>alert(1)</script>";

    public static async Task<ArchiveScenario> SeedAsync(DocArchiveApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var zhang = new PersonRecord
        {
            Name = "ZHANG WEI",
            PassportNumber = "E12345678",
            Nationality = "CHN",
            DateOfBirth = new DateOnly(1985, 4, 12),
            Employer = "PT Sinar Batu Mining",
            Position = "Mining Engineer",
        };
        var oldPermit = await StoreAsync(app, "kitas-2023.pdf", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [zhang with { PermitNumber = "2C11AA0001", IssueDate = today.AddDays(-765), ExpiryDate = today.AddDays(-400) }],
        });
        var permit = await StoreAsync(app, "kitas-zhang.pdf", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [zhang with { PermitNumber = "2C21AB0001", IssueDate = today.AddDays(-300), ExpiryDate = today.AddDays(20) }],
        });
        var report = await StoreAsync(app, "laporan-timpora.pdf", new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            DocumentDate = today.AddDays(-10),
            Employer = "PT. SINAR BATU MINING Tbk",
            Location = "Kota Jambi",
            Persons =
            [
                new PersonRecord { Name = "ZHANG WEL", PassportNumber = "E12345678", Nationality = "CHN", ExpiryDate = today.AddDays(20), Employer = "PT. SINAR BATU MINING Tbk" },
                new PersonRecord { Name = "KIM MINJUN", PassportNumber = "M12345678", Nationality = "KOR", ExpiryDate = today.AddDays(-5), Employer = "PT. SINAR BATU MINING Tbk" },
            ],
            Fields = new Dictionary<string, FieldEvidence>
            {
                [FieldKeys.Finding] = Read("sesuai"),
                [FieldKeys.Person(1, FieldKeys.Finding)] = Read(KimFinding),
            },
        });
        var rptka = await StoreAsync(app, "rptka-2024.pdf", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            DocumentNumber = "KEP.12345/PPTK/PTA/2024",
            DocumentDate = today.AddDays(-200),
            Employer = "PT Sinar Batu Mining",
            Fields = new Dictionary<string, FieldEvidence>
            {
                [FieldKeys.Position(0, PositionRecord.TitleField)] = Read("Mining Engineer"),
                [FieldKeys.Position(0, PositionRecord.CountField)] = Read("2"),
                [FieldKeys.Position(0, PositionRecord.UntilField)] = Read(Iso(today.AddDays(100))),
                [FieldKeys.Position(1, PositionRecord.TitleField)] = Read("Geologist"),
                [FieldKeys.Position(1, PositionRecord.CountField)] = Read("1"),
                [FieldKeys.Position(1, PositionRecord.UntilField)] = Read(Iso(today.AddDays(100))),
                [FieldKeys.Position(2, PositionRecord.TitleField)] = Read("Chemist"),
                [FieldKeys.Position(2, PositionRecord.UntilField)] = Read(Iso(today.AddDays(-30))),
            },
        });
        var liPermit = await StoreAsync(app, "kitas-li.pdf", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [new PersonRecord { Name = "LI MING", PassportNumber = "E87654321", Nationality = "CHN", ExpiryDate = today.AddDays(80), Employer = "PT Cahaya Makmur Minerals" }],
        });

        await using var scope = app.Services.CreateAsyncScope();
        var persons = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Persons.AsNoTracking()
            .ToDictionaryAsync(p => p.PassportNumber!, p => p.Id);
        return new ArchiveScenario(today, persons["E12345678"], persons["M12345678"], persons["E87654321"], oldPermit, permit, report, rptka, liPermit);
    }

    /// <summary>Puts every document of the scenario into the host's search index, as the index job does after reading.</summary>
    public async Task IndexAsync(DocArchiveApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var document in new[] { OldPermit, Permit, Report, Rptka, LiPermit })
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IndexJob>().RunAsync(document, CancellationToken.None);
        }
    }

    /// <summary>Stores <paramref name="record"/> as the extraction of a new done document named <paramref name="fileName"/>.</summary>
    public static async Task<Guid> StoreAsync(DocArchiveApplication app, string fileName, ExtractionRecord record)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var now = DateTimeOffset.UtcNow;
        var document = new Document
        {
            Id = Guid.CreateVersion7(),
            Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            OriginalName = fileName,
            ContentType = "application/pdf",
            UploadedBy = "clerk",
            UploadedAt = now,
            UpdatedAt = now,
            Status = DocumentStatus.Done,
            PageCount = 1,
        };
        db.Documents.Add(document);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await ExtractionWriter.StageAsync(db, document, record, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return document.Id;
    }

    private static FieldEvidence Read(string value) => new(value, 0.9, 1, FieldSources.Table, null);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
