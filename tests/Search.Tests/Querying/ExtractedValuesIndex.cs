using DocArchive.Search.Indexing;

namespace DocArchive.Search.Tests.Querying;

/// <summary>An index of permits, RPTKA decisions and field reports about persons with look-alike names and numbers.</summary>
public sealed class ExtractedValuesIndex : IAsyncLifetime
{
    private static readonly (string Name, string Passport, string Employer)[] Persons =
    [
        ("ZHANG WEI", "E12345678", "PT. SINAR BATU MINING Tbk"),
        ("ZHANG WEN", "E12345679", "PT Sinar Baru Metal"),
        ("WANG WEI", "E87654321", "CV Batu Mulia"),
        ("ZHANG LI", "EA1234567", "PT Mining Services Indonesia"),
        ("LI WEI", "E22345678", "PT. Cahaya Makmur Minerals"),
        ("CHEN WEI MING", "EB7654321", "PT Sinar Batu Mining"),
        ("RAJESH KUMAR", "K1234567", "PT Bumi Nikel Sejahtera"),
        ("KIM MIN JUN", "M12345678", "PT Korindo Jaya"),
        ("TANAKA HIROSHI", "TR1234567", "PT Nusantara Baja"),
        ("JUAN DELA CRUZ", "P1234567A", "CV Maju Bersama"),
    ];

    private TempIndex? index;

    public TempIndex Index => index ?? throw new InvalidOperationException("The index is built before the tests run.");

    public Dictionary<string, Guid> PermitOf { get; } = new(StringComparer.Ordinal);

    public Guid Rptka { get; } = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        index = new TempIndex();
        var documents = new List<IndexedDocument>();
        foreach (var (name, passport, employer) in Persons)
        {
            var id = Guid.NewGuid();
            PermitOf[name] = id;
            documents.Add(TempIndex.Named(id, $"kitas-{passport}.pdf", $"KARTU IZIN TINGGAL TERBATAS Nama {name} Sponsor {employer}") with
            {
                DocumentType = "permit",
                Employer = employer,
                Persons = [new IndexedPerson(name, passport, "CHN", Employer: employer, PermitNumber: $"2C21{passport}")],
            });
        }

        documents.Add(TempIndex.Named(Rptka, "rptka.pdf", "KEPUTUSAN TENTANG PENGESAHAN RENCANA PENGGUNAAN TENAGA KERJA ASING") with
        {
            DocumentType = "rptka",
            DocumentNumber = "KEP.12345/PPTK/PTA/2024",
            Employer = "PT Sinar Batu Mining",
        });
        documents.Add(TempIndex.Named(Guid.NewGuid(), "rptka-lain.pdf", "KEPUTUSAN PENGESAHAN RPTKA") with
        {
            DocumentType = "rptka",
            DocumentNumber = "KEP.12346/PPTK/PTA/2024",
            Employer = "PT Nusantara Baja",
        });
        await index.Index.IndexManyAsync(documents, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        index?.Dispose();
        return Task.CompletedTask;
    }
}
