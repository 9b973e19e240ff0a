using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Tests.Catalog;

namespace DocArchive.Ingest.Tests.Register.Reconciliation;

/// <summary>
/// A small Jambi province stored through the real writer, with one person of each finding type planted, persons whom
/// one source alone knows, one no source counts any more, and one named only after <see cref="AsOf"/>; the names say
/// what was planted.
/// </summary>
internal static class PlantedProvince
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public const string Sinar = "PT Sinar Batu Mining";

    public const string Cahaya = "PT Cahaya Makmur Minerals";

    public const string Bumi = "CV Bumi Abadi";

    /// <summary>The field report naming the overstayer, the person on page 2.</summary>
    public static async Task<Guid> AddAsync(TestCatalog catalog)
    {
        // In order: permit Sinar, seen on site at Sinar in Kuala Tungkal (Tanjung Jabung Barat).
        await StoreAsync(catalog, DocumentTypes.Permit, null, "Kota Jambi", Permit("IN ORDER", "E10000001", Sinar, new(2025, 1, 1), new(2026, 12, 31)) with { Position = "Mining Engineer" });
        // Overstay: permit ended 2025-12-31, on site 2026-04-01 in Tanjabbar.
        await StoreAsync(catalog, DocumentTypes.Permit, null, null, Permit("OVER STAYER", "E10000002", Sinar, new(2024, 1, 1), new(2025, 12, 31)));
        // No permit at all, on site in Kab. Tanjung Jabung Barat.
        // Other employer: permit Cahaya, on site at Sinar in Kota Jambi.
        await StoreAsync(catalog, DocumentTypes.Permit, null, null, Permit("OTHER EMPLOYER", "E10000004", Cahaya, new(2025, 6, 1), new(2027, 6, 1)));
        // Two employers: overlapping permits at Sinar and Cahaya, in Muara Bungo.
        await StoreAsync(catalog, DocumentTypes.Permit, null, "Muara Bungo", Permit("TWO PERMITS", "E10000005", Sinar, new(2025, 8, 1), new(2026, 8, 1)));
        await StoreAsync(catalog, DocumentTypes.Permit, null, "Muara Bungo", Permit("TWO PERMITS", "E10000005", Cahaya, new(2026, 1, 1), new(2027, 1, 1)));
        // Permit only: held since 2024, named nowhere else, in Sengeti (Muaro Jambi).
        await StoreAsync(catalog, DocumentTypes.Permit, null, "Sengeti", Permit("PERMIT ONLY", "E10000006", Bumi, new(2024, 6, 1), new(2027, 6, 1)));
        // A welder at Sinar, whose RPTKA approves no welder; seen in minutes too.
        await StoreAsync(catalog, DocumentTypes.Permit, null, null, Permit("UNAPPROVED WELDER", "E10000009", Sinar, new(2025, 9, 1), new(2027, 9, 1)) with { Position = "Welder" });
        await StoreAsync(catalog, DocumentTypes.Permit, null, null, Permit("SOMEONE ELSE", "E10000099", Bumi, new(2025, 7, 1), new(2027, 7, 1)));
        // Gone: permit and visit long before the window.
        await StoreAsync(catalog, DocumentTypes.Permit, null, null, Permit("LONG GONE", "E10000010", Sinar, new(2022, 1, 1), new(2024, 1, 1)));
        await StoreAsync(catalog, DocumentTypes.FieldReport, new(2024, 6, 1), "Kota Jambi", StoredRecords.Worker("LONG GONE", "E10000010", Sinar));

        await StoreAsync(catalog, DocumentTypes.FieldReport, new(2026, 3, 10), "Kuala Tungkal", StoredRecords.Worker("IN ORDER", "E10000001", Sinar));
        var overstay = await StoreAsync(
            catalog, DocumentTypes.FieldReport, new(2026, 4, 1), "Tanjabbar",
            StoredRecords.Worker("SOMEONE ELSE", "E10000099", Bumi),
            StoredRecords.Worker("OVER STAYER", "E10000002", Sinar));
        await StoreAsync(catalog, DocumentTypes.FieldReport, new(2026, 5, 1), "Kab. Tanjung Jabung Barat", StoredRecords.Worker("NO PERMIT", "E10000003", Cahaya));
        await StoreAsync(catalog, DocumentTypes.FieldReport, new(2026, 2, 1), "Kota Jambi", StoredRecords.Worker("OTHER EMPLOYER", "E10000004", Sinar));

        // Sinar's RPTKA: one mining engineer, two geologists; it names its geologist.
        await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            DocumentDate = new(2026, 1, 5),
            Employer = Sinar,
            Location = "Kota Jambi",
            Persons = [StoredRecords.Worker("RPTKA GEOLOGIST", "E10000008", Sinar) with { Position = "Geologist", ExpiryDate = new(2027, 1, 1) }],
            Fields = StoredRecords.Positions(("Mining Engineer", "1", "2027-01-01"), ("Geologist", "2", "2027-01-01")),
        });

        // Minutes: a second mining engineer at Sinar (one more than approved), and the welder.
        await StoreAsync(
            catalog, DocumentTypes.Minutes, new(2026, 5, 20), "Aula Kantor Kesbangpol Kota Jambi",
            StoredRecords.Worker("MINUTES ENGINEER", "E10000007", Sinar) with { Position = "Mining Engineer" },
            StoredRecords.Worker("UNAPPROVED WELDER", "E10000009", Sinar));

        // Named only after the day asked for.
        await StoreAsync(catalog, DocumentTypes.FieldReport, new(2026, 8, 1), "Kota Jambi", StoredRecords.Worker("LATER ARRIVAL", "E10000011", Sinar));
        return overstay;
    }

    private static PersonRecord Permit(string name, string passport, string employer, DateOnly issued, DateOnly expires) =>
        StoredRecords.Worker(name, passport, employer) with { PermitNumber = $"2C21AB{passport[^4..]}", IssueDate = issued, ExpiryDate = expires };

    /// <summary>A document naming <paramref name="persons"/>, each person's name read on page 1 for the first, page 2 for the others.</summary>
    private static Task<Guid> StoreAsync(TestCatalog catalog, string type, DateOnly? date, string? location, params PersonRecord[] persons) =>
        StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = type,
            DocumentDate = date,
            Employer = persons[0].Employer,
            Location = location,
            Persons = persons,
            Fields = persons.Select((p, i) => (Key: FieldKeys.Person(i, "name"), Evidence: new FieldEvidence(p.Name!, 0.9, i == 0 ? 1 : 2, FieldSources.Table, null)))
                .ToDictionary(f => f.Key, f => f.Evidence),
        });
}
