using System.Diagnostics;
using System.Globalization;
using DocArchive.Ingest;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Tools.Commands;

/// <summary>
/// A catalog of generated foreign workers for the export and statistics benches, as extraction leaves it: documents
/// of two read pages naming four persons each, every value with its extracted field. In a temporary SQLite file, removed afterwards, or in
/// the PostgreSQL database given (a <see cref="ThrowawayDatabase"/>).
/// </summary>
public sealed class BenchCatalog : IDisposable
{
    public const int PersonsPerDocument = 4;

    /// <summary>A word the first page of every document holds.</summary>
    public const string SearchedWord = "pemantauan";

    private const int DocumentsPerSave = 500;

    private static readonly string[] Nationalities =
        ["CHN", "IND", "CHN", "KOR", "CHN", "JPN", "CHN", "PHL", "CHN", "MYS", "CHN", "TWN", "CHN", "USA", "CHN", "AUS", "CHN", "GBR", "IND", "KOR"];

    private static readonly string[] Surnames = ["ZHANG", "WANG", "LI", "KUMAR", "KIM", "PARK", "TANAKA", "SANTOS", "TAN", "SMITH"];

    private static readonly string[] Companies =
        [.. from first in new[] { "Sinar", "Cahaya", "Bumi", "Mitra", "Karya" }
            from second in new[] { "Batu", "Makmur", "Abadi", "Nusantara" }
            from third in new[] { "Mining", "Minerals", "Konstruksi" }
            select $"{first} {second} {third}"];

    private static readonly string[] Districts =
    [
        "Kota Jambi", "Tenggarong", "Kota Samarinda", "Morowali", "Kendari", "Kota Batam", "Kabupaten Bekasi", "Karawang",
        "Cilegon", "Kota Medan", "Halmahera Tengah", "Konawe", "Kota Balikpapan", "Sorong", "Mimika", "Kota Makassar",
        "Gresik", "Kota Surabaya", "Kabupaten Bintan", "Kota Palembang", "Muara Enim", "Kutai Timur", "Bontang", "Kota Manado",
        "Bitung", "Kota Kupang", "Kota Mataram", "Sumbawa Barat", "Kota Pekanbaru", "Dumai",
    ];

    private static readonly string[] Positions = ["Mining Engineer", "Site Manager", "Geologist", "Technician", "Welder", "Interpreter"];

    private static readonly string[] DocumentKinds = [DocumentTypes.Permit, DocumentTypes.FieldReport, DocumentTypes.Rptka, DocumentTypes.Minutes];

    private static readonly string[] Sources = [FieldSources.Label, FieldSources.Table, FieldSources.Mrz];

    private readonly DirectoryInfo directory;

    private readonly IngestOptions settings;

    private readonly DbContextOptions options;

    private BenchCatalog(DirectoryInfo directory, IngestOptions settings)
    {
        this.directory = directory;
        this.settings = settings;
        options = CatalogDatabase.CreateOptions(settings);
    }

    private string Provider => CatalogDatabase.UsesPostgreSql(settings) ? "PostgreSQL" : "SQLite";

    /// <summary>
    /// A migrated catalog, in the PostgreSQL database <paramref name="postgres"/> when given, else SQLite, filled with
    /// <paramref name="links"/> person rows (<see cref="SeedAsync"/>); says on <paramref name="output"/> how long that took.
    /// </summary>
    public static async Task<BenchCatalog> FillAsync(string? postgres, int links, DateOnly today, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var directory = Directory.CreateTempSubdirectory("docarchive-bench-catalog-");
        var catalog = new BenchCatalog(directory, new IngestOptions { DataDir = directory.FullName, PostgreSql = postgres });
        try
        {
            await using (var db = catalog.NewContext())
            {
                await CatalogDatabase.MigrateAsync(db, catalog.settings, cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            await catalog.SeedAsync(links, today, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{catalog.Provider} catalog of {links:N0} person rows filled in {clock.Elapsed.TotalSeconds:0.0} s"));
            return catalog;
        }
        catch
        {
            catalog.Dispose();
            throw;
        }
    }

    public CatalogDbContext NewContext() => CatalogDatabase.CreateContext(options);

    /// <summary>
    /// Adds documents naming <paramref name="links"/> persons in all, four to a document; every fifth is a person an
    /// earlier document named (so persons are fewer than rows), at that document's employer and district.
    /// </summary>
    private async Task SeedAsync(int links, DateOnly today, CancellationToken cancellationToken)
    {
        var personOf = new Guid[links];
        var numberOf = new int[links];
        var persons = 0;
        var documents = (links + PersonsPerDocument - 1) / PersonsPerDocument;
        for (var first = 0; first < documents; first += DocumentsPerSave)
        {
            await using var db = NewContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var number = first; number < Math.Min(documents, first + DocumentsPerSave); number++)
            {
                var document = AddDocument(db, number);
                for (var index = 0; index < PersonsPerDocument && (number * PersonsPerDocument) + index < links; index++)
                {
                    var link = (number * PersonsPerDocument) + index;
                    var person = link % 5 == 4 ? null : NewPerson(persons++);
                    if (person is not null)
                    {
                        db.Persons.Add(person);
                    }

                    personOf[link] = person?.Id ?? personOf[link - PersonsPerDocument];
                    numberOf[link] = person is null ? numberOf[link - PersonsPerDocument] : persons - 1;
                    AddLink(db, document, index, link, (personOf[link], numberOf[link]), today);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }

    private static Document AddDocument(CatalogDbContext db, int number)
    {
        var company = Companies[number % Companies.Length];
        var district = Districts[number * 7 % Districts.Length];
        var uploaded = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(number);
        var document = new Document
        {
            Id = Guid.CreateVersion7(uploaded),
            Sha256 = number.ToString("x64", CultureInfo.InvariantCulture),
            OriginalName = $"scan-{number:D6}.pdf",
            ContentType = Ingest.Reading.ContentTypes.Pdf,
            Size = 250_000,
            UploadedAt = uploaded,
            UploadedBy = "bench",
            Status = DocumentStatus.Done,
            PageCount = 2,
            UpdatedAt = uploaded,
            IndexedAt = uploaded,
            DocumentType = DocumentKinds[number % DocumentKinds.Length],
            DocumentTypeConfidence = 0.9,
            DocumentNumber = $"B.{number}/PPTK/2024",
            DocumentDate = new DateOnly(2023, 1, 1).AddDays(number % 1000),
            Employer = (number % 3) switch
            {
                0 => $"PT {company}",
                1 => $"PT. {company.ToUpperInvariant()} Tbk",
                _ => $"{company}, PT",
            },
            EmployerKey = company.ToUpperInvariant(),
            Location = number % 2 == 0 ? district : district.ToUpperInvariant(),
        };
        db.Documents.Add(document);
        db.Pages.Add(new DocumentPage
        {
            DocumentId = document.Id,
            Number = 1,
            Text = $"Laporan {SearchedWord} tenaga kerja asing pada {document.Employer} di {document.Location}, nomor {document.DocumentNumber}.",
            Source = Ingest.Reading.PageTextSource.Ocr,
            Confidence = 0.9,
        });
        db.Pages.Add(new DocumentPage { DocumentId = document.Id, Number = 2, Text = "Demikian laporan ini dibuat.", Source = Ingest.Reading.PageTextSource.Ocr, Confidence = 0.9 });
        AddField(db, document.Id, "documentNumber", document.DocumentNumber, number);
        AddField(db, document.Id, "documentDate", Iso(document.DocumentDate), number);
        AddField(db, document.Id, "employer", document.Employer, number);
        AddField(db, document.Id, "location", document.Location, number);
        return document;
    }

    private static Person NewPerson(int number) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = $"{Surnames[number % Surnames.Length]} WORKER {number:D6}",
        PassportNumber = $"E{number:D8}",
        Nationality = Nationalities[number % Nationalities.Length],
        DateOfBirth = new DateOnly(1960, 1, 1).AddDays(number * 37 % 12_000),
    };

    /// <summary>The person (catalog id and generated number) named at <paramref name="index"/> of the document, with a permit of their own.</summary>
    private static void AddLink(CatalogDbContext db, Document document, int index, int link, (Guid Id, int Number) named, DateOnly today)
    {
        var issued = today.AddDays(-365 + (link * 13 % 400));
        var identity = NewPerson(named.Number);
        var person = new PersonDocument
        {
            DocumentId = document.Id,
            Index = index,
            PersonId = named.Id,
            MatchedPersonId = named.Id,
            Name = identity.Name,
            PassportNumber = identity.PassportNumber,
            Nationality = identity.Nationality,
            DateOfBirth = identity.DateOfBirth,
            Employer = document.Employer,
            EmployerKey = document.EmployerKey,
            Position = Positions[link % Positions.Length],
            PermitNumber = $"2C21AB{link:D6}",
            IssueDate = issued,
            ExpiryDate = link % 10 == 9 ? null : issued.AddYears(1),
        };
        db.PersonDocuments.Add(person);
        var prefix = index == 0 ? "" : $"persons[{index}].";
        AddField(db, document.Id, prefix + "name", person.Name, link);
        AddField(db, document.Id, prefix + "passportNumber", person.PassportNumber, link);
        AddField(db, document.Id, prefix + "nationality", person.Nationality, link);
        AddField(db, document.Id, prefix + "dateOfBirth", Iso(person.DateOfBirth), link);
        AddField(db, document.Id, prefix + "position", person.Position, link);
        AddField(db, document.Id, prefix + "permitNumber", person.PermitNumber, link);
        AddField(db, document.Id, prefix + "expiryDate", Iso(person.ExpiryDate), link);
    }

    private static void AddField(CatalogDbContext db, Guid documentId, string key, string? value, int number)
    {
        if (value is null)
        {
            return;
        }

        db.ExtractedFields.Add(new ExtractedField
        {
            DocumentId = documentId,
            Key = key,
            Value = value,
            Confidence = 0.8 + (number % 20 / 100.0),
            Page = 1 + (number % 2),
            Source = Sources[number % Sources.Length],
        });
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
