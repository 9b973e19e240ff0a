using System.Globalization;
using DocArchive.Generator.Data;
using DocArchive.Generator.Text;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Generator.Documents;

/// <summary>
/// The report of an inspection visit: date, location (often <c>PT X, Kota Y</c>), team, and a ruled table of the
/// foreigners found, one person per row, long names and companies wrapping over two lines (held out: the passport
/// number before the nationality, the sponsor after the permit's end).
/// </summary>
internal static class FieldReportDocument
{
    private static readonly string[] PermitTypes = ["ITAS", "KITAS", "KITAP", "Visa Kunjungan", "ITAS Kerja"];

    private static readonly int[] HeldOutOrder = [0, 1, 3, 2, 5, 6, 4, 7];

    public static DocumentContent Compose(Random random, LayoutSet layouts, Company company)
    {
        var style = DocumentStyle.Draw(random, layouts);
        var page = style.NewComposer();
        var visited = random.Date(new DateOnly(2022, 1, 1), new DateOnly(2025, 10, 31));
        var employer = company.Printed(random);
        var (place, province) = random.Pick(Places.Districts);
        var hasNumber = random.Chance(0.6);
        var number = Numbers.Report(random, visited);

        page.Centered($"PEMERINTAH PROVINSI {province.ToUpperInvariant()}", bold: true);
        page.Centered("TIM PENGAWASAN ORANG ASING (TIMPORA)", bold: true);
        page.Rule();
        page.Space(page.Size);
        page.Centered(random.Chance(0.5) ? "LAPORAN HASIL PEMANTAUAN ORANG ASING" : "LAPORAN HASIL PENGAWASAN ORANG ASING", bold: true, page.Size + 2);
        if (hasNumber)
        {
            page.Centered($"Nomor : {number}");
        }

        page.Space(page.Size);
        page.KeyValue("Tanggal Pelaksanaan", DateStyles.Any(random, visited), style.KeyValue, style.ValueColumn);
        var locationInline = random.Chance(0.5);
        var locationTail = random.Chance(0.4) ? $", Provinsi {province}" : string.Empty;
        if (locationInline)
        {
            page.KeyValue("Lokasi", $"{employer}, {place}{locationTail}", style.KeyValue, style.ValueColumn);
        }
        else
        {
            page.KeyValue(style.Label(random, Field.Employer), employer, style.KeyValue, style.ValueColumn);
            page.KeyValue("Lokasi", $"{place}{locationTail}", style.KeyValue, style.ValueColumn);
        }

        page.KeyValue("Tim", string.Join(", ", Places.Agencies.Take(random.Next(2, 5))), style.KeyValue, style.ValueColumn);
        page.Space(page.Size * 0.5);
        page.Paragraph("Berdasarkan Surat Perintah Tugas, tim telah melaksanakan pemantauan terhadap keberadaan dan kegiatan orang " +
            "asing di lokasi tersebut dengan hasil sebagai berikut:");

        var rows = new List<IReadOnlyList<string>>();
        var persons = new List<PersonRecord>();
        var other = CompanyFactory.Draw(random).Printed(random);
        for (var i = 0; i < random.Next(2, 8); i++)
        {
            var worker = PersonFactory.Draw(random);
            var name = PrintedName.Draw(random, worker);
            var sponsor = random.Chance(0.8) ? employer : other;
            var overstay = random.Chance(0.2);
            var expiry = overstay ? visited.AddDays(-random.Next(5, 200)) : visited.AddDays(random.Next(20, 700));
            var finding = overstay ? "Overstay" : random.Chance(0.8) ? "Sesuai" : "Izin tidak sesuai jabatan";
            rows.Add(
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), name.Printed, random.Pick(worker.Country.PrintedNames), worker.PassportNumber,
                sponsor, random.Pick(PermitTypes), DateStyles.Any(random, expiry), finding,
            ]);
            persons.Add(new PersonRecord
            {
                Name = name.Truth,
                PassportNumber = worker.PassportNumber,
                Nationality = worker.Country.Code,
                ExpiryDate = expiry,
                Employer = sponsor,
            });
        }

        (string, double)[] columns =
            [("No", 18), ("Nama", 74), ("Kewarganegaraan", 86), ("No. Paspor", 58), ("Perusahaan/ Sponsor", 76), ("Jenis Izin Tinggal", 56), ("Masa Berlaku", 60), ("Keterangan", 62)];
        if (layouts == LayoutSet.HeldOut)
        {
            columns = [.. HeldOutOrder.Select(c => columns[c])];
            rows = [.. rows.Select(r => (IReadOnlyList<string>)[.. HeldOutOrder.Select(c => r[c])])];
        }

        page.Table(columns, rows, 8);
        page.Paragraph("Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya.");
        Officials.Sign(page, random, "Ketua Tim", place.Replace("Kabupaten ", string.Empty, StringComparison.Ordinal), DateStyles.IndonesianLong(random, visited));

        var truth = new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            DocumentTypeConfidence = 1,
            DocumentNumber = hasNumber ? number : null,
            DocumentDate = visited,
            Employer = employer,
            Location = place,
            Persons = persons,
        };
        return new DocumentContent(page.Finish(), truth);
    }
}
