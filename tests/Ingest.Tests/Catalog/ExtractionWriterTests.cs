using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Tests.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Tests.Catalog;

public sealed class ExtractionWriterTests
{
    private static readonly DateOnly Born = new(1985, 4, 12);

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_StoresTheRecordWithProvenance_WhenDocumentIsExtracted(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        var record = new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            DocumentTypeConfidence = 0.87,
            DocumentNumber = "B.123/PPTK/2024",
            DocumentDate = new DateOnly(2024, 3, 14),
            Employer = "PT. SINAR BATU MINING Tbk",
            Location = "Kota Jambi",
            Persons =
            [
                Person("ZHANG WEI", "E12345678", "CHN", Born),
                Person("KIM MINJUN", "M12345678", "KOR", null) with { PassportExpiry = new DateOnly(2030, 1, 1) },
            ],
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["name"] = new("ZHANG WEI", 0.81, 1, FieldSources.Table, new BoundingBox(120, 400, 210, 32)),
                ["persons[1].passportNumber"] = new("M12345678", 0.98, 2, FieldSources.Mrz, null),
                ["location"] = new("Kota Jambi", 0.9, 1, FieldSources.Label, new BoundingBox(300, 200, 180, 30)),
            },
            Conflicts = [new FieldConflict("passportNumber", "M12345678", FieldSources.Mrz, "M12345679", FieldSources.Table)],
        };

        await StoreAsync(catalog, id, record);

        await using var db = catalog.NewContext();
        var document = await LoadAsync(db, id);
        Assert.Equal(DocumentTypes.FieldReport, document.DocumentType);
        Assert.Equal(0.87, document.DocumentTypeConfidence);
        Assert.Equal(new DateOnly(2024, 3, 14), document.DocumentDate);
        Assert.Equal("SINAR BATU MINING", document.EmployerKey);
        var name = document.Fields.Single(f => f.Key == "name");
        Assert.Equal(("ZHANG WEI", 0.81, 1, FieldSources.Table), (name.Value, name.Confidence, name.Page, name.Source));
        Assert.Equal(new BoundingBox(120, 400, 210, 32), name.Box);
        var passport = document.Fields.Single(f => f.Key == "persons[1].passportNumber");
        Assert.Equal((2, FieldSources.Mrz), (passport.Page, passport.Source));
        Assert.Null(passport.Box);
        var conflict = Assert.Single(document.Conflicts);
        Assert.Equal(("persons[1].passportNumber", "M12345679", FieldSources.Table), (conflict.Key, conflict.Other, conflict.OtherSource));
        Assert.Equal([0, 1], document.Persons.OrderBy(p => p.Index).Select(p => p.Index));
        Assert.Equal("SINAR BATU MINING", document.Persons[0].EmployerKey);

        var stored = document.ToRecord()!;
        Assert.Equal(record.Persons, stored.Persons);
        Assert.Equal(record.Fields.OrderBy(f => f.Key), stored.Fields.OrderBy(f => f.Key));
        Assert.Equal(record.DocumentNumber, stored.DocumentNumber);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_LinksOnePerson_WhenTwoDocumentsHaveTheSamePassportNumber(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);

        var first = await StorePersonsAsync(catalog, Person("ZHANG WEI", "E12345678", "CHN", Born));
        var second = await StorePersonsAsync(catalog, Person("ZHANG WEl", "e1234 5678", null, null));

        await using var db = catalog.NewContext();
        var person = await db.Persons.SingleAsync();
        Assert.Equal(("ZHANG WEI", "E12345678", "CHN", Born), (person.Name, person.PassportNumber, person.Nationality, person.DateOfBirth));
        Assert.Equal([person.Id, person.Id], await PersonIdsAsync(db, first, second));
        Assert.Equal("ZHANG WEL", (await db.PersonDocuments.SingleAsync(l => l.DocumentId == second)).Name);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_LinksOnNameNationalityAndBirthDate_WhenTheRecordHasNoPassportNumber(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);

        var permit = await StorePersonsAsync(catalog, Person("ZHANG WEI", "E12345678", "CHN", Born));
        var report = await StorePersonsAsync(catalog, Person("ZHANG WEI", null, "CHN", Born));

        await using var db = catalog.NewContext();
        var person = await db.Persons.SingleAsync();
        Assert.Equal([person.Id, person.Id], await PersonIdsAsync(db, permit, report));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_MakesSeparatePersons_WhenOnlyTheNameIsTheSame(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);

        var documents = new[]
        {
            await StorePersonsAsync(catalog, Person("ZHANG WEI", "E12345678", "CHN", Born)),
            await StorePersonsAsync(catalog, Person("ZHANG WEI", null, null, null)),
            await StorePersonsAsync(catalog, Person("ZHANG WEI", null, null, null)),
            await StorePersonsAsync(catalog, Person("ZHANG WEI", null, "CHN", Born.AddDays(1))),
            await StorePersonsAsync(catalog, Person("ZHANG WEI", "E87654321", "CHN", Born)),
        };

        await using var db = catalog.NewContext();
        Assert.Equal(5, await db.Persons.CountAsync(p => p.Name == "ZHANG WEI"));
        Assert.Equal(5, (await PersonIdsAsync(db, documents)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_GivesThePassportNumberToThePassportlessPerson_WhenALaterDocumentHasIt(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);

        var report = await StorePersonsAsync(catalog, Person("KIM MINJUN", null, "KOR", Born));
        var permit = await StorePersonsAsync(catalog, Person("KIM MINJUN", "M12345678", "KOR", Born));
        var minutes = await StorePersonsAsync(catalog, Person("KIM MINJUN", null, "KOR", Born));

        await using var db = catalog.NewContext();
        var person = await db.Persons.SingleAsync();
        Assert.Equal("M12345678", person.PassportNumber);
        Assert.Equal([person.Id, person.Id, person.Id], await PersonIdsAsync(db, report, permit, minutes));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_LeavesOneSetAndRemovesTheUnlinkedPerson_WhenTheDocumentIsStagedAgain(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await StorePersonsAsync(catalog, Person("ZHANG WEI", "E12345678", "CHN", Born), Person("KIM MINJUN", "M12345678", "KOR", Born));
        var other = await StorePersonsAsync(catalog, Person("KIM MINJUN", "M12345678", "KOR", Born));

        for (var run = 0; run < 2; run++)
        {
            await StoreAsync(catalog, id, Record(Person("KIM MINJUN", "M12345678", "KOR", Born), Person("LEE SEO", "M00000001", "KOR", null)));
        }

        await using var db = catalog.NewContext();
        var document = await LoadAsync(db, id);
        Assert.Equal(["KIM MINJUN", "LEE SEO"], document.Persons.OrderBy(p => p.Index).Select(p => p.Name));
        Assert.Equal(["name", "persons[1].name"], document.Fields.Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["KIM MINJUN", "LEE SEO"], (await db.Persons.Select(p => p.Name).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Single(await db.PersonDocuments.Where(l => l.DocumentId == other).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_LinksOnePerson_WhenOneDocumentNamesThemTwice(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);

        var id = await StorePersonsAsync(catalog, Person("ZHANG WEI", null, "CHN", Born), Person("ZHANG WEI", "E12345678", "CHN", Born), Person("ZHANG WEI", "E12345678", null, null));

        await using var db = catalog.NewContext();
        var person = await db.Persons.SingleAsync();
        Assert.Equal("E12345678", person.PassportNumber);
        Assert.Equal(3, await db.PersonDocuments.CountAsync(l => l.DocumentId == id && l.PersonId == person.Id));
    }

    internal static PersonRecord Person(string name, string? passport, string? nationality, DateOnly? born) => new()
    {
        Name = name,
        PassportNumber = passport,
        Nationality = nationality,
        DateOfBirth = born,
        Employer = "PT Sinar Batu Mining",
    };

    private static ExtractionRecord Record(params PersonRecord[] persons) => new()
    {
        DocumentType = DocumentTypes.Permit,
        Persons = persons,
        Fields = persons.Select((p, i) => (Key: i == 0 ? "name" : $"persons[{i}].name", p.Name))
            .ToDictionary(f => f.Key, f => new FieldEvidence(f.Name!, 0.9, 1, FieldSources.Label, null)),
    };

    private static async Task<Guid> StorePersonsAsync(TestCatalog catalog, params PersonRecord[] persons)
    {
        var id = await IngestJobTests.AddDocumentAsync(catalog, Guid.NewGuid().ToString("N"));
        await StoreAsync(catalog, id, Record(persons));
        return id;
    }

    internal static async Task StoreAsync(TestCatalog catalog, Guid id, ExtractionRecord record)
    {
        await using var db = catalog.NewContext();
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            async token =>
            {
                await ExtractionWriter.StageAsync(db, document, record, token);
                await db.SaveChangesAsync(token);
            },
            _ => Task.FromResult(false),
            CancellationToken.None);
    }

    private static Task<Document> LoadAsync(CatalogDbContext db, Guid id) =>
        db.Documents.Include(d => d.Fields).Include(d => d.Conflicts).Include(d => d.Persons).AsSplitQuery().SingleAsync(d => d.Id == id);

    private static async Task<List<Guid>> PersonIdsAsync(CatalogDbContext db, params Guid[] documents)
    {
        var links = await db.PersonDocuments.Where(l => documents.Contains(l.DocumentId)).ToListAsync();
        return [.. documents.Select(d => links.Single(l => l.DocumentId == d).PersonId)];
    }
}
