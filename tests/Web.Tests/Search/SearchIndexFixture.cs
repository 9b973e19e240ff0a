using DocArchive.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Search;

/// <summary>Indexes two permits of one person and a field report straight into the application's index.</summary>
public static class SearchIndexFixture
{
    public static readonly Guid PersonId = Guid.Parse("6f1d2c3b-0000-4000-8000-00000000a001");

    public static async Task<(Guid Permit, Guid Report)> IndexAsync(DocArchiveApplication app, string name = "ZHANG WEI")
    {
        ArgumentNullException.ThrowIfNull(app);
        var index = app.Services.GetRequiredService<IDocumentIndex>();
        var permit = Guid.NewGuid();
        var report = Guid.NewGuid();
        var person = new IndexedPerson(name, "E12345678", "CHN", Employer: "PT. SINAR BATU MINING Tbk", PermitExpiry: new DateOnly(2025, 3, 31), PersonId: PersonId);
        await index.IndexManyAsync(
            [
                new IndexedDocument(permit, "kitas.pdf", "application/pdf", DateTimeOffset.UtcNow, [new IndexedPage(1, $"KARTU IZIN TINGGAL TERBATAS Nama {name} Paspor E12345678")])
                {
                    DocumentType = "permit",
                    DocumentDate = new DateOnly(2024, 4, 1),
                    Employer = "PT. SINAR BATU MINING Tbk",
                    Persons = [person],
                },
                new IndexedDocument(report, "laporan.pdf", "application/pdf", DateTimeOffset.UtcNow, [new IndexedPage(1, "Halaman depan"), new IndexedPage(2, $"LAPORAN PEMANTAUAN {name} overstay")])
                {
                    DocumentType = "field_report",
                    DocumentDate = new DateOnly(2025, 6, 2),
                    Employer = "Sinar Batu Mining, PT",
                    Persons = [person, new IndexedPerson("WANG FANG", "E87654321", "CHN", Employer: "CV Cahaya Makmur")],
                },
            ],
            CancellationToken.None);
        return (permit, report);
    }
}
