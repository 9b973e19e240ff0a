using DocArchive.Search.Indexing;

namespace DocArchive.Search.Tests.Querying;

/// <summary>
/// An index of generated permits, a field report, minutes and an RPTKA about five persons: one linked person with
/// three documents, an unlinked person whose second document misreads the
/// passport, one known only by name; expiries around today.
/// </summary>
public sealed class ArchiveIndex : IAsyncLifetime
{
    public static readonly Guid ZhangId = Guid.Parse("00000000-0000-4000-8000-0000000000a1");
    public static readonly Guid KumarId = Guid.Parse("00000000-0000-4000-8000-0000000000a2");

    private TempIndex? index;

    public static DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public TempIndex Index => index ?? throw new InvalidOperationException("The index is built before the tests run.");

    public Guid ZhangPermit { get; } = Guid.NewGuid();

    public Guid ZhangOldPermit { get; } = Guid.NewGuid();

    public Guid Report { get; } = Guid.NewGuid();

    public Guid KumarPermit { get; } = Guid.NewGuid();

    public Guid Minutes { get; } = Guid.NewGuid();

    public Guid Rptka { get; } = Guid.NewGuid();

    public Guid WangPermit { get; } = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        index = new TempIndex();
        var zhang = new IndexedPerson("ZHANG WEI", "E12345678", "CHN", Employer: "PT. SINAR BATU MINING Tbk", PermitExpiry: Today.AddDays(200), PersonId: ZhangId);
        var wang = new IndexedPerson("WANG WEI", "E87654321", "CHN", Employer: "CV Cahaya Makmur", PermitExpiry: Today.AddDays(-30));
        var kim = new IndexedPerson("KIM MIN JUN", "M12345678", "KOR", Employer: "Sinar Batu Mining, PT", PermitExpiry: Today.AddDays(400));
        await index.Index.IndexManyAsync(
            [
                Document(ZhangPermit, "permit", new DateOnly(2024, 1, 10), "KARTU IZIN TINGGAL TERBATAS Nama ZHANG WEI Paspor E12345678 Sponsor PT. SINAR BATU MINING Tbk", zhang),
                Document(ZhangOldPermit, "permit", new DateOnly(2022, 1, 10), "KARTU IZIN TINGGAL TERBATAS Nama ZHANG WEI Paspor E12345678 Sponsor PT Sinar Batu Mining", zhang with { PermitExpiry = new DateOnly(2023, 1, 9) }),
                Document(Report, "field_report", new DateOnly(2025, 6, 2), "LAPORAN HASIL PEMANTAUAN ORANG ASING. ZHANG WEI sesuai. WANG WEI overstay. KIM MIN JUN sesuai.", zhang, wang, kim) with { Employer = "PT Sinar Batu Mining" },
                Document(KumarPermit, "permit", new DateOnly(2025, 2, 1), "KARTU IZIN TINGGAL TERBATAS Nama RAJESH KUMAR Paspor K1234567", new IndexedPerson("RAJESH KUMAR", "K1234567", "IND", Employer: "PT Bumi Nikel Sejahtera", PermitExpiry: Today.AddDays(-10), PersonId: KumarId)),
                Document(Minutes, "minutes", new DateOnly(2023, 5, 5), "NOTULEN RAPAT KOORDINASI penggunaan tenaga kerja asing oleh PT Nusantara Baja, hadir TANAKA HIROSHI", new IndexedPerson("TANAKA HIROSHI", Nationality: "JPN", Employer: "PT Nusantara Baja")),
                Document(Rptka, "rptka", new DateOnly(2024, 3, 1), "KEPUTUSAN TENTANG PENGESAHAN RENCANA PENGGUNAAN TENAGA KERJA ASING") with { DocumentNumber = "KEP.12345/PPTK/PTA/2024", Employer = "PT Sinar Batu Mining" },
                Document(WangPermit, "permit", new DateOnly(2024, 8, 1), "KARTU IZIN TINGGAL TERBATAS Nama WANG WEI Paspor E8765432l", wang with { PassportNumber = "E8765432l" }),
            ],
            CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        index?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A document uploaded five days after its date, its employer its first person's.</summary>
    private static IndexedDocument Document(Guid id, string type, DateOnly date, string text, params IndexedPerson[] persons) =>
        new IndexedDocument(id, $"{type}-{date:yyyyMMdd}.pdf", "application/pdf", new DateTimeOffset(date.AddDays(5), TimeOnly.MinValue, TimeSpan.Zero), [new IndexedPage(1, text)])
        {
            DocumentType = type,
            DocumentDate = date,
            Employer = persons.FirstOrDefault()?.Employer,
            Persons = persons,
        };
}
