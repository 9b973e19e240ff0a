using System.Globalization;
using DocArchive.Ingest;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Tools.Commands;

/// <summary>
/// A generated province for the reconciliation bench, in a throwaway catalog (a temporary SQLite file, or the PostgreSQL
/// database given): foreign workers of 60 employers spread over Jambi's eleven districts (their places written the ways
/// documents write them), each with a permit (some renewed, some at a second employer), named in field reports (a few
/// after their permit ended, or at another employer), in minutes, and in RPTKA approvals with their positions; over the
/// three years before today. A person per 2.5 documents: 100,000 documents name 40,000 persons.
/// </summary>
public sealed class ReconciliationBenchCatalog : IDisposable
{
    private const int Employers = 60;

    private const int DocumentsPerSave = 1000;

    private static readonly string[][] Places =
    [
        ["Kota Jambi", "KOTA JAMBI", "Telanaipura, Kota Jambi"], ["Kota Sungai Penuh", "Sungai Penuh"], ["Batang Hari", "Muara Bulian"],
        ["Kab. Bungo", "Muara Bungo"], ["Kerinci", "Siulak"], ["Merangin", "Bangko"], ["Muaro Jambi", "Sengeti", "Kab. Muaro Jambi"],
        ["Sarolangun"], ["Kab. Tanjung Jabung Barat", "Tanjabbar", "Kuala Tungkal", "Aula Pola Kabupaten Tanjung Jabung Barat"],
        ["Tanjung Jabung Timur", "Muara Sabak", "Tanjabtim"], ["Tebo", "Muara Tebo"],
    ];

    private static readonly string[] Positions = ["Mining Engineer", "Site Manager", "Geologist", "Technician", "Welder", "Interpreter"];

    private static readonly string[] Nationalities = ["CHN", "CHN", "CHN", "IND", "KOR", "JPN", "PHL", "MYS", "TWN", "AUS"];

    private readonly DirectoryInfo directory;

    private readonly DbContextOptions options;

    private ReconciliationBenchCatalog(DirectoryInfo directory, IngestOptions settings)
    {
        this.directory = directory;
        options = CatalogDatabase.CreateOptions(settings);
        Settings = settings;
    }

    private IngestOptions Settings { get; }

    /// <summary>A migrated catalog in <paramref name="postgres"/> (else SQLite) filled with <paramref name="documents"/> documents dated up to <paramref name="today"/>.</summary>
    public static async Task<ReconciliationBenchCatalog> FillAsync(string? postgres, int documents, DateOnly today, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("docarchive-bench-reconciliation-");
        var catalog = new ReconciliationBenchCatalog(directory, new IngestOptions { DataDir = directory.FullName, PostgreSql = postgres });
        try
        {
            await using (var db = catalog.NewContext())
            {
                await CatalogDatabase.MigrateAsync(db, catalog.Settings, cancellationToken);
            }

            await catalog.SeedAsync(documents, today, cancellationToken);
            return catalog;
        }
        catch
        {
            catalog.Dispose();
            throw;
        }
    }

    public CatalogDbContext NewContext() => CatalogDatabase.CreateContext(options);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }

    /// <summary>
    /// Of every 25 documents: 11 permits, 7 field reports of four persons, 5 minutes naming two, 2 RPTKA approvals naming
    /// one with three positions; the n-th person is the holder of the n-th permit.
    /// </summary>
    private async Task SeedAsync(int documents, DateOnly today, CancellationToken cancellationToken)
    {
        var persons = Math.Max(1, documents * 2 / 5);
        var ids = new Guid[persons];
        var start = today.AddYears(-3);
        var permits = 0;
        for (var first = 0; first < documents; first += DocumentsPerSave)
        {
            await using var db = NewContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var number = first; number < Math.Min(documents, first + DocumentsPerSave); number++)
            {
                var day = start.AddDays((int)(number * 1095L / documents));
                switch (number % 25)
                {
                    case < 11:
                        AddPermit(db, number, permits++ % persons, ids, day);
                        break;
                    case < 18:
                        AddDocument(db, number, DocumentTypes.FieldReport, day, [.. Enumerable.Range(0, 4).Select(i => Named(number * 4 + i, persons, permits))], ids);
                        break;
                    case < 23:
                        AddDocument(db, number, DocumentTypes.Minutes, day, [.. Enumerable.Range(0, 2).Select(i => Named(number * 7 + i, persons, permits))], ids);
                        break;
                    default:
                        AddApproval(db, number, Named(number, persons, permits), ids, day);
                        break;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A person who already has a permit, picked by <paramref name="seed"/>.</summary>
    private static int Named(int seed, int persons, int permits) => (int)((uint)(seed * 2654435761L) % (uint)Math.Max(1, Math.Min(persons, permits)));

    private static void AddPermit(CatalogDbContext db, int number, int person, Guid[] ids, DateOnly day)
    {
        var renewal = ids[person] != Guid.Empty;
        var employer = renewal && person % 50 == 7 ? (person + 1) % Employers : person % Employers;
        var document = AddDocument(db, number, DocumentTypes.Permit, null, [], ids, employer);
        var link = Link(db, document, 0, person, ids, employer);
        link.PermitNumber = string.Create(CultureInfo.InvariantCulture, $"2C21AB{number:D6}");
        link.IssueDate = day;
        link.ExpiryDate = day.AddYears(1).AddDays(-1);
    }

    private static void AddApproval(CatalogDbContext db, int number, int person, Guid[] ids, DateOnly day)
    {
        var employer = person % Employers;
        var document = AddDocument(db, number, DocumentTypes.Rptka, day, [], ids, employer);
        Link(db, document, 0, person, ids, employer).ExpiryDate = day.AddYears(2);
        for (var i = 0; i < 3; i++)
        {
            Field(db, document.Id, FieldKeys.Position(i, PositionRecord.TitleField), Positions[(number + i) % Positions.Length], 1);
            Field(db, document.Id, FieldKeys.Position(i, PositionRecord.CountField), ((number % 7) + 2).ToString(CultureInfo.InvariantCulture), 1);
            Field(db, document.Id, FieldKeys.Position(i, PositionRecord.UntilField), day.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 1);
        }
    }

    /// <summary>A document naming <paramref name="named"/>; a report's row is at another employer now and then.</summary>
    private static Document AddDocument(CatalogDbContext db, int number, string type, DateOnly? day, int[] named, Guid[] ids, int? employer = null)
    {
        var company = employer ?? (named.Length > 0 ? named[0] % Employers : number % Employers);
        var places = Places[company % Places.Length];
        var uploaded = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).AddSeconds(number);
        var document = new Document
        {
            Id = Guid.CreateVersion7(uploaded),
            Sha256 = number.ToString("x64", CultureInfo.InvariantCulture),
            OriginalName = string.Create(CultureInfo.InvariantCulture, $"{type}-{number:D6}.pdf"),
            ContentType = Ingest.Reading.ContentTypes.Pdf,
            Size = 200_000,
            UploadedAt = uploaded,
            UploadedBy = "bench",
            Status = DocumentStatus.Done,
            PageCount = 2,
            UpdatedAt = uploaded,
            DocumentType = type,
            DocumentTypeConfidence = 0.9,
            DocumentDate = day,
            Employer = Company(company),
            EmployerKey = Key(company),
            Location = places[number % places.Length],
        };
        db.Documents.Add(document);
        for (var index = 0; index < named.Length; index++)
        {
            var person = named[index];
            Link(db, document, index, person, ids, type == DocumentTypes.FieldReport && person % 40 == 3 ? (person + 5) % Employers : person % Employers);
        }

        return document;
    }

    private static PersonDocument Link(CatalogDbContext db, Document document, int index, int person, Guid[] ids, int employer)
    {
        if (ids[person] == Guid.Empty)
        {
            ids[person] = Guid.CreateVersion7();
            db.Persons.Add(new Person { Id = ids[person], Name = Name(person), PassportNumber = Passport(person), Nationality = Nationalities[person % Nationalities.Length] });
        }

        var link = new PersonDocument
        {
            DocumentId = document.Id,
            Index = index,
            PersonId = ids[person],
            MatchedPersonId = ids[person],
            Name = Name(person),
            PassportNumber = Passport(person),
            Nationality = Nationalities[person % Nationalities.Length],
            Employer = Company(employer),
            EmployerKey = Key(employer),
            Position = Positions[person % Positions.Length],
        };
        db.PersonDocuments.Add(link);
        Field(db, document.Id, FieldKeys.Person(index, "name"), link.Name, 1 + (index % 2));
        return link;
    }

    private static void Field(CatalogDbContext db, Guid documentId, string key, string value, int page) =>
        db.ExtractedFields.Add(new ExtractedField { DocumentId = documentId, Key = key, Value = value, Confidence = 0.9, Page = page, Source = FieldSources.Table });

    private static string Name(int person) => string.Create(CultureInfo.InvariantCulture, $"WORKER {person:D6}");

    private static string Passport(int person) => string.Create(CultureInfo.InvariantCulture, $"E{person:D8}");

    private static string Company(int employer) => string.Create(CultureInfo.InvariantCulture, $"PT Bench Mining {employer:D2}");

    private static string Key(int employer) => string.Create(CultureInfo.InvariantCulture, $"BENCH MINING {employer:D2}");
}
