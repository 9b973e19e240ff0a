using DocArchive.Ingest.Extraction;

namespace DocArchive.Web.Tests.Statistics;

/// <summary>
/// Three documents naming three workers, dated from today: ZHANG WEI (CHN) in two, with two spellings of one employer and
/// of one district, his permit ending in two months; KIM MINJUN (KOR), whose permit ended three days ago; LI NA (CHN),
/// without a permit end, at an employer whose printed name holds markup.
/// </summary>
internal static class StatisticsArchive
{
    public const string Markup = "PT <script>alert(1)</script> Abadi";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    public static async Task SeedAsync(DocArchiveApplication app)
    {
        var zhang = CatalogSeed.Person("ZHANG WEI", "E12345678", "CHN", "PT Sinar Batu Mining", Today.AddMonths(2));
        await CatalogSeed.AddAsync(app, "laporan.pdf", "Laporan hasil pemantauan", new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            Employer = "PT Sinar Batu Mining",
            Location = "Kota Jambi",
            Persons = [zhang, CatalogSeed.Person("KIM MINJUN", "M12345678", "KOR", "PT Sinar Batu Mining", Today.AddDays(-3))],
        });
        await CatalogSeed.AddAsync(app, "kitas.pdf", "Izin tinggal terbatas", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Employer = "PT. SINAR BATU MINING Tbk",
            Location = "KOTA JAMBI",
            Persons = [zhang with { Employer = "PT. SINAR BATU MINING Tbk" }],
        });
        await CatalogSeed.AddAsync(app, "notulen.pdf", "Notulen rapat", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Minutes,
            Employer = Markup,
            Location = "Tenggarong",
            Persons = [CatalogSeed.Person("LI NA", "E87654321", "CHN", Markup)],
        });
    }
}
