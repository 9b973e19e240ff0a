using System.Globalization;
using System.Text;
using DocArchive.Search.Indexing;

namespace DocArchive.Tools.Search;

/// <summary>
/// Generates plausible archive documents, the same for the same number: permits, RPTKA decisions, minutes and field
/// reports of about a page of Indonesian and English text, with persons, passports, permits and employers.
/// </summary>
internal static class BenchmarkCorpus
{
    public static readonly string[] Surnames = ["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU", "GUO", "HE", "LIN", "KUMAR", "SINGH", "SHARMA", "PATEL", "KIM", "PARK", "LEE", "CHOI", "TANAKA", "SATO", "SUZUKI", "TAKAHASHI", "NGUYEN", "TRAN", "SMITH", "JONES", "GARCIA", "REYES", "SANTOS", "CRUZ"];
    public static readonly string[] Given = ["WEI", "FANG", "NA", "MIN", "JING", "LEI", "JUN", "YAN", "HAO", "QIANG", "XIAOMING", "JIANGUO", "RAJESH", "AMIT", "SUNIL", "MIN JUN", "JI HOON", "HIROSHI", "KENJI", "YUKI", "MINH", "JOHN", "DAVID", "MARIA", "JOSE", "ANTONIO"];
    public static readonly string[] CompanyWords = ["SINAR", "BATU", "CAHAYA", "MAKMUR", "BUMI", "NIKEL", "JAYA", "SEJAHTERA", "NUSANTARA", "BAJA", "MULIA", "ABADI", "PRIMA", "KARYA", "MANDIRI", "SENTOSA", "INTI", "GEMILANG", "LESTARI", "PERKASA"];
    public static readonly string[] Sectors = ["MINING", "MINERALS", "METAL", "SMELTER", "ENERGY", "CONSTRUCTION", "INDUSTRI", "TEKNIK"];
    private static readonly string[] Nationalities = ["CHN", "CHN", "CHN", "IND", "KOR", "JPN", "VNM", "PHL", "USA", "AUS"];
    private static readonly string[] Positions = ["Mining Engineer", "Tenaga Ahli Smelter", "Supervisor Produksi", "Electrical Engineer", "Manajer Proyek", "Quality Control", "Mechanical Technician", "Geologist"];
    private static readonly string[] Places = ["Kota Jambi", "Morowali", "Tenggarong", "Konawe", "Kolaka", "Batam", "Cilegon", "Weda", "Sorowako", "Bantaeng"];
    private static readonly string[] Types = ["permit", "rptka", "minutes", "field_report"];
    private static readonly string[] Months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] Filler =
    [
        "Berdasarkan hasil pemeriksaan dokumen keimigrasian, tenaga kerja asing tersebut bekerja sesuai dengan jabatan yang tercantum dalam izin.",
        "Pemberi kerja wajib melaporkan penggunaan tenaga kerja asing kepada Dinas Tenaga Kerja setiap enam bulan.",
        "Tim pengawasan orang asing melakukan pemantauan lapangan di lokasi pertambangan dan kawasan industri.",
        "The employer shall ensure that every foreign worker holds a valid stay permit and work permit during the assignment.",
        "Apabila ditemukan pelanggaran izin tinggal, petugas imigrasi berwenang mengambil tindakan administratif keimigrasian.",
        "Perusahaan diminta melengkapi dokumen RPTKA, notifikasi, dan bukti pembayaran DKP-TKA sebelum tanggal yang ditetapkan.",
        "Rapat koordinasi menyimpulkan bahwa data tenaga kerja asing antar instansi perlu diselaraskan setiap triwulan.",
        "Foreign workers found without a valid permit were reported to the immigration office for further examination.",
        "Peserta rapat terdiri dari Kesbangpol, Disnaker, Kantor Imigrasi, Kepolisian, dan perwakilan perusahaan.",
        "Pendamping tenaga kerja Indonesia ditunjuk untuk alih teknologi dan alih keahlian sesuai ketentuan peraturan.",
        "Masa berlaku izin tinggal terbatas dapat diperpanjang dengan mengajukan permohonan sebelum izin berakhir.",
        "The inspection team recommended that the company update its utilisation plan and report the changes in writing.",
    ];

    /// <summary>How many distinct persons documents are drawn from: each is named in several documents.</summary>
    public static int PersonPool(int documents) => Math.Max(100, documents / 2);

    /// <summary>How many distinct companies employ them.</summary>
    public static int CompanyPool(int documents) => Math.Max(20, documents / 40);

    public static IndexedDocument Document(int number, int documents)
    {
        var random = new Random(number);
        var type = Types[number % Types.Length];
        var persons = Enumerable.Range(0, type is "field_report" or "rptka" ? 1 + random.Next(4) : 1)
            .Select(_ => Person(random.Next(PersonPool(documents)), documents, random))
            .ToList();
        var employer = persons[0].Employer!;
        var documentNumber = $"KEP.{random.Next(10000, 99999)}/PPTK/PTA/{random.Next(2019, 2026)}";
        var date = new DateOnly(2019, 1, 1).AddDays(random.Next(2500));
        var text = new StringBuilder(3200);
        text.Append(type switch
        {
            "permit" => "KARTU IZIN TINGGAL TERBATAS (KITAS) / LIMITED STAY PERMIT\n",
            "rptka" => $"KEPUTUSAN DIREKTUR JENDERAL NOMOR {documentNumber} TENTANG PENGESAHAN RENCANA PENGGUNAAN TENAGA KERJA ASING\n",
            "minutes" => $"NOTULEN RAPAT KOORDINASI TIMPORA\nHari/Tanggal: {Date(date)}\nTempat: {Places[random.Next(Places.Length)]}\n",
            _ => $"LAPORAN HASIL PEMANTAUAN ORANG ASING\nTanggal Pelaksanaan: {Date(date)}\n",
        });
        foreach (var person in persons)
        {
            text.Append(CultureInfo.InvariantCulture, $"Nama / Name: {person.Name}\nKewarganegaraan / Nationality: {person.Nationality}\n");
            text.Append(CultureInfo.InvariantCulture, $"No. Paspor / Passport No.: {person.PassportNumber}\nNo. ITAS: {person.PermitNumber}\n");
            text.Append(CultureInfo.InvariantCulture, $"Jabatan / Position: {person.Position}\nPemberi Kerja / Employer: {person.Employer}\n");
            text.Append(CultureInfo.InvariantCulture, $"Berlaku s.d. / Valid Until: {person.PermitExpiry:dd-MM-yyyy}\n");
        }

        while (text.Length < 2600)
        {
            text.Append(Filler[random.Next(Filler.Length)]).Append(' ');
        }

        text.Append(CultureInfo.InvariantCulture, $"\nLokasi Kerja: {Places[random.Next(Places.Length)]}. Ditetapkan di Jakarta pada tanggal {Date(date)}.");
        return new IndexedDocument(Id(number), $"scan-{number:D7}.pdf", "application/pdf", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(number % 2200), [new IndexedPage(1, text.ToString())])
        {
            DocumentType = type,
            DocumentNumber = type == "rptka" ? documentNumber : null,
            DocumentDate = date,
            Employer = employer,
            Persons = persons,
        };
    }

    public static Guid Id(int number) => new(number, 0, 0, new byte[8]);

    /// <summary>
    /// Person <paramref name="number"/> of the pool, always with the same name, passport, nationality and employer;
    /// four in five are linked to the catalog. The permit's end differs from document to document (renewals).
    /// </summary>
    public static IndexedPerson Person(int number, int documents, Random document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var random = new Random(number + 1_000_003);
        var name = $"{Surnames[random.Next(Surnames.Length)]} {Given[random.Next(Given.Length)]}";
        var passport = random.Next(3) switch
        {
            0 => $"E{random.Next(10_000_000, 99_999_999)}",
            1 => $"EA{random.Next(1_000_000, 9_999_999)}",
            _ => $"{(char)('A' + random.Next(26))}{random.Next(1_000_000, 9_999_999)}",
        };
        return new IndexedPerson(
            name,
            passport,
            Nationalities[random.Next(Nationalities.Length)],
            new DateOnly(1970, 1, 1).AddDays(random.Next(12000)),
            Employer(random.Next(CompanyPool(documents)), document),
            $"2C21{random.Next(10, 99)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(1000, 9999)}",
            new DateOnly(2024, 1, 1).AddDays(document.Next(1100)),
            number % 5 == 0 ? null : new Guid(number, 1, 0, new byte[8]),
            Positions[random.Next(Positions.Length)]);
    }

    /// <summary>Company <paramref name="number"/> of the pool, printed in one of its spellings.</summary>
    public static string Employer(int number, Random document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var random = new Random(number + 7_000_001);
        var name = $"{CompanyWords[random.Next(CompanyWords.Length)]} {CompanyWords[random.Next(CompanyWords.Length)]} {Sectors[random.Next(Sectors.Length)]}";
        return document.Next(4) switch
        {
            0 => $"PT {name}",
            1 => $"PT. {name} Tbk",
            2 => $"{name}, PT",
            _ => $"PT {name}",
        };
    }

    private static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
