using System.Globalization;
using DocArchive.Fixtures;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>
/// The small born-digital archive the shipped program is walked with, dated from <paramref name="Today"/>: ZHANG WEI's
/// permit at PT Sinar Batu Mining ending in 20 days and KIM MINJUN's there ended 5 days ago, a field report finding
/// both, the company's RPTKA, and WANG FANG's permit at another company with a stapled passport whose birth-date check
/// digit fails (a field to review). Text layers only: nothing waits for OCR.
/// </summary>
internal sealed record ShippedDocuments(DateOnly Today)
{
    public const string Person = "ZHANG WEI";

    public const string Company = "SINAR BATU MINING";

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Each file's name and bytes, the permit naming <see cref="Person"/> first.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Files => [.. Documents.Select(d => (d.Name, FixtureDocument.TextPdf(d.Pages)))];

    /// <summary>Every line the documents print.</summary>
    public string Text => string.Join('\n', Documents.SelectMany(d => d.Pages).SelectMany(p => p.Texts).Select(t => t.Text));

    private IReadOnlyList<(string Name, FixturePage[] Pages)> Documents =>
    [
        ("kitas-zhang-wei.pdf", [Permit("ZHANG WEI", "Republik Rakyat Tiongkok", "E12345678", "12 April 1985", "PT Sinar Batu Mining", "Mining Engineer", "2C21AB0001", -345, 20)]),
        ("kitas-kim-minjun.pdf", [Permit("KIM MINJUN", "Korea Selatan", "M12345678", "03 Juli 1990", "PT Sinar Batu Mining", "Geologist", "2C21AB0002", -370, -5)]),
        ("laporan-pemantauan.pdf", [FieldReport()]),
        ("rptka-sinar-batu.pdf", [Rptka()]),
        ("kitas-wang-fang.pdf",
        [
            Permit("WANG FANG", "Tiongkok", "E55501234", "03 Maret 1990", "PT Cahaya Makmur Minerals", "Chemist", "2C21AB0003", -100, 80),
            FixturePage.FromLines(
                "REPUBLIC OF UTOPIA  PASSPORT",
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408123F1204159ZE184226B<<<<<10"),
        ]),
    ];

    private FixturePage Permit(string name, string nationality, string passport, string birth, string employer, string position, string number, int issued, int expires) =>
        FixturePage.FromLines(
            "KARTU IZIN TINGGAL TERBATAS",
            $"Nama Lengkap: {name}",
            $"Kewarganegaraan: {nationality}",
            $"Nomor Paspor: {passport}",
            $"Tanggal Lahir: {birth}",
            $"Pemberi Kerja: {employer}",
            $"Jabatan: {position}",
            $"Nomor Register: {number}",
            $"Tanggal Dikeluarkan: {Day(issued)}",
            $"Berlaku s/d: {Day(expires)}");

    private FixturePage FieldReport() => Page(
        [
            "LAPORAN HASIL PEMANTAUAN ORANG ASING",
            $"Tanggal Pelaksanaan  :  {Day(-10)}",
            "Lokasi  :  PT Sinar Batu Mining Tbk, Kota Jambi, Provinsi Jambi",
        ],
        [40, 60, 140, 230, 300, 385, 460],
        [
            ["No", "Nama", "Kewarganegaraan", "No. Paspor", "Jabatan", "Masa Berlaku", "Keterangan"],
            ["1", "ZHANG WEI", "Tiongkok", "E12345678", "Engineer", Numeric(20), "sesuai"],
            ["2", "KIM MINJUN", "Korea Selatan", "M12345678", "Geologist", Numeric(-5), "overstay"],
        ],
        "Demikian laporan ini dibuat.");

    private FixturePage Rptka() => Page(
        [
            "KEPUTUSAN DIREKTUR PENGENDALIAN PENGGUNAAN TENAGA KERJA ASING",
            $"NOMOR KEP.12345/PPTK/PTA/{Today.Year - 1}",
            "TENTANG PENGESAHAN RENCANA PENGGUNAAN TENAGA KERJA ASING",
            "Nama Perusahaan  :  PT Sinar Batu Mining",
        ],
        [40, 60, 170, 230, 330, 420],
        [
            ["No", "Jabatan", "Jumlah", "Kewarganegaraan", "Lokasi Kerja", "Jangka Waktu"],
            ["1", "Mining Engineer", "2", "Tiongkok", "Kota Jambi", $"s.d. {Numeric(200)}"],
            ["2", "Geologist", "1", "Korea Selatan", "Kota Jambi", $"s.d. {Numeric(200)}"],
        ],
        $"Ditetapkan di Jakarta pada tanggal {Day(-200)}");

    /// <summary>Heading lines, a table set in columns starting at <paramref name="columns"/> (points), a closing line.</summary>
    private static FixturePage Page(string[] heading, double[] columns, string[][] rows, string closing)
    {
        const double size = 9;
        const double leading = 18;
        var texts = new List<FixtureText>();
        var y = FixturePage.Margin;
        foreach (var line in heading)
        {
            y += leading;
            texts.Add(new FixtureText(line, FixturePage.Margin, y, size));
        }

        y += leading;
        foreach (var row in rows)
        {
            y += leading;
            texts.AddRange(row.Select((cell, i) => new FixtureText(cell, columns[i], y, size)));
        }

        texts.Add(new FixtureText(closing, FixturePage.Margin, y + (2 * leading), size));
        return new FixturePage(texts);
    }

    private string Day(int offset) => Today.AddDays(offset).ToString("d MMMM yyyy", Indonesian);

    private string Numeric(int offset) => Today.AddDays(offset).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
