using System.Globalization;
using DocArchive.Generator.Data;
using DocArchive.Generator.Text;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Generator.Documents;

/// <summary>
/// A ministry decision approving an RPTKA: header with the decision number, the employer and work location, a ruled
/// table of positions (job, count, nationality, location, period <c>s.d. DATE</c>), sometimes with the workers' names
/// (held out: the job before the name, the nationality before the count, the period as <c>DATE s/d DATE</c>).
/// </summary>
internal static class RptkaDocument
{
    private static readonly string[] Sectors =
        ["Pertambangan Nikel", "Pertambangan Batubara", "Industri Pengolahan dan Pemurnian Mineral", "Konstruksi", "Pembangkit Listrik"];

    private static readonly int[] HeldOutNamedOrder = [0, 2, 1, 4, 3, 5, 6];
    private static readonly int[] HeldOutOrder = [0, 1, 3, 2, 4, 5];

    public static DocumentContent Compose(Random random, LayoutSet layouts, Company company)
    {
        var style = DocumentStyle.Draw(random, layouts);
        var page = style.NewComposer();
        var decided = random.Date(new DateOnly(2021, 1, 1), new DateOnly(2025, 9, 30));
        var number = Numbers.Decision(random, decided.Year);
        var employer = company.Printed(random);
        var (place, province) = random.Pick(Places.Districts);
        var named = random.Chance(0.6);

        page.Centered("KEMENTERIAN KETENAGAKERJAAN REPUBLIK INDONESIA", bold: true);
        page.Space(page.Size * 0.5);
        page.Centered("KEPUTUSAN DIREKTUR PENGENDALIAN PENGGUNAAN TENAGA KERJA ASING", bold: true);
        page.Centered(random.Chance(0.5) ? $"NOMOR {number}" : $"NOMOR : {number}", bold: true);
        page.Centered("TENTANG");
        page.Centered("PENGESAHAN RENCANA PENGGUNAAN TENAGA KERJA ASING", bold: true);
        page.Centered($"{employer.ToUpperInvariant()}");
        page.Space(page.Size);
        page.Paragraph("Menimbang : bahwa berdasarkan permohonan pemberi kerja tenaga kerja asing dan hasil penilaian kelayakan, " +
            "perlu menetapkan Keputusan Direktur tentang Pengesahan Rencana Penggunaan Tenaga Kerja Asing.");
        page.Paragraph("Mengingat : Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang " +
            "Nomor 2 Tahun 2022 tentang Cipta Kerja; Peraturan Pemerintah Nomor 34 Tahun 2021 tentang Penggunaan Tenaga Kerja Asing.");
        page.Centered("MEMUTUSKAN", bold: true);
        page.Line("Menetapkan : Pengesahan RPTKA kepada pemberi kerja sebagai berikut.");
        page.KeyValue(style.Label(random, Field.Employer), employer, style.KeyValue, style.ValueColumn);
        page.KeyValue("Sektor Usaha", random.Pick(Sectors), style.KeyValue, style.ValueColumn);
        var printedLocation = random.Chance(0.6) ? $"{place}, Provinsi {province}" : place;
        page.KeyValue(style.Label(random, Field.Location), printedLocation, style.KeyValue, style.ValueColumn);

        var rows = new List<IReadOnlyList<string>>();
        var persons = new List<PersonRecord>();
        var rowCount = random.Next(3, 7);
        for (var i = 0; i < rowCount; i++)
        {
            var end = decided.AddMonths(random.Chance(0.6) ? 12 : 24).AddDays(-random.Next(1, 30));
            var months = ((end.Year - decided.Year) * 12) + end.Month - decided.Month;
            var period = layouts == LayoutSet.HeldOut ? $"{DateStyles.Any(random, decided)} s/d {DateStyles.Any(random, end)}" : random.Chance(0.5)
                ? $"s.d. {DateStyles.Any(random, end)}"
                : string.Create(CultureInfo.InvariantCulture, $"{months} bulan s.d. {DateStyles.Any(random, end)}");
            var position = random.Pick(Positions.All);
            var worker = PersonFactory.Draw(random);
            var nationality = random.Pick(worker.Country.PrintedNames);
            var index = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (named)
            {
                var name = PrintedName.Draw(random, worker);
                rows.Add([index, name.Printed, position, "1", nationality, place, period]);
                persons.Add(new PersonRecord
                {
                    Name = name.Truth,
                    Nationality = worker.Country.Code,
                    Position = position,
                    ExpiryDate = end,
                    Employer = employer,
                });
            }
            else
            {
                rows.Add([index, position, random.Next(1, 6).ToString(CultureInfo.InvariantCulture), nationality, place, period]);
            }
        }

        if (random.Chance(0.4))
        {
            page.NewPage();
            page.Centered($"LAMPIRAN KEPUTUSAN NOMOR {number}", bold: true);
            page.Space(page.Size);
        }

        var cell = Math.Min(page.Size - 2, 10);
        (string, double)[] columns = named
            ? [("No", 22), ("Nama TKA", 90), ("Jabatan", 80), ("Jumlah", 40), ("Kewarganegaraan", 92), ("Lokasi Kerja", 78), ("Jangka Waktu", 88)]
            : [("No", 24), ("Jabatan", 116), ("Jumlah", 44), ("Kewarganegaraan", 96), ("Lokasi Kerja", 100), ("Jangka Waktu", 110)];
        if (layouts == LayoutSet.HeldOut)
        {
            int[] order = named ? HeldOutNamedOrder : HeldOutOrder;
            columns = [.. order.Select(c => columns[c])];
            rows = [.. rows.Select(r => (IReadOnlyList<string>)[.. order.Select(c => r[c])])];
        }

        page.Table(columns, rows, cell);
        page.Paragraph("Keputusan ini berlaku sejak tanggal ditetapkan dan akan ditinjau kembali apabila terdapat kekeliruan.");
        var date = random.Chance(0.8) ? DateStyles.IndonesianLong(random, decided) : DateStyles.Any(random, decided);
        page.Line("Ditetapkan di Jakarta", 330);
        page.Line($"pada tanggal {date}", 330);
        Officials.Sign(page, random, "Direktur PPTKA", "Jakarta", date: null);

        var truth = new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            DocumentTypeConfidence = 1,
            DocumentNumber = number,
            DocumentDate = decided,
            Employer = employer,
            Location = place,
            Persons = persons,
        };
        return new DocumentContent(page.Finish(), truth);
    }
}
