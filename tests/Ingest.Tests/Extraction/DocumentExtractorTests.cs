using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Extraction.Confidence;
using DocArchive.Ingest.Extraction.Mrz;

namespace DocArchive.Ingest.Tests.Extraction;

public class DocumentExtractorTests
{
    private readonly DocumentExtractor extractor = new(new FixedClock(new DateOnly(2025, 6, 1)));

    [Fact]
    public void Extract_ReadsPermit_WhenLabelsAreBilingualAndValuesOnNextLine()
    {
        var page = PageBuilder.Cells(1,
            "KARTU IZIN TINGGAL TERBATAS",
            "LIMITED STAY PERMIT",
            "Nama / Name  :  ZHANG WEI",
            "Kewarganegaraan / Nationality  :  RRT",
            "No. Paspor / Passport No.  :  E12345678",
            "Tgl. Lahir / Date of Birth  :  12-04-1985",
            "Pemberi Kerja / Employer  :  PT. Sinar Batu Mining",
            "Jabatan / Position  :  Mining Engineer",
            "Nomor Register / Permit No.  :  2C21AB0001",
            "Tanggal Dikeluarkan  :  10 Januari 2024",
            "Berlaku s/d :",
            "09 Januari 2025");

        var record = extractor.Extract([page]);

        Assert.Equal(DocumentTypes.Permit, record.DocumentType);
        var person = Assert.Single(record.Persons);
        Assert.Equal("ZHANG WEI", person.Name);
        Assert.Equal("CHN", person.Nationality);
        Assert.Equal("E12345678", person.PassportNumber);
        Assert.Equal(new DateOnly(1985, 4, 12), person.DateOfBirth);
        Assert.Equal("PT. Sinar Batu Mining", person.Employer);
        Assert.Equal("Mining Engineer", person.Position);
        Assert.Equal("2C21AB0001", person.PermitNumber);
        Assert.Equal(new DateOnly(2024, 1, 10), person.IssueDate);
        Assert.Equal(new DateOnly(2025, 1, 9), person.ExpiryDate);
        Assert.Null(person.PassportExpiry);
        Assert.Equal(FieldSources.Label, record.Fields["name"].Source);
    }

    [Fact]
    public void Extract_ReadsTheLabels_WhenARowHoldsOnlyDots()
    {
        var page = PageBuilder.Page(1,
            "KARTU IZIN TINGGAL TERBATAS",
            "Nama  ..........  :  ZHANG WEI",
            "..........",
            "Jabatan  ..........  :  Mining Engineer");

        var record = extractor.Extract([page]);

        var person = Assert.Single(record.Persons);
        Assert.Equal("ZHANG WEI", person.Name);
        Assert.Equal("Mining Engineer", person.Position);
    }

    [Fact]
    public void Extract_PrefersMrzAndRecordsConflict_WhenStapledPassportDisagrees()
    {
        var permit = PageBuilder.Page(1,
            "KARTU IZIN TINGGAL TERBATAS",
            "Nama  :  ZHANG WEl",
            "No. Paspor  :  E12345679",
            "Berlaku Hingga  :  31 Desember 2025");
        var passport = PageBuilder.Page(2,
            "PASPOR  PASSPORT",
            "P<CHNZHANG<<WEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            Line2("E12345678", "CHN", "850412", "M", "300101"));

        var record = extractor.Extract([permit, passport]);

        Assert.Equal(DocumentTypes.Permit, record.DocumentType);
        var person = Assert.Single(record.Persons);
        Assert.Equal("ZHANG WEI", person.Name);
        Assert.Equal("E12345678", person.PassportNumber);
        Assert.Equal(new DateOnly(2025, 12, 31), person.ExpiryDate);
        Assert.Equal(new DateOnly(2030, 1, 1), person.PassportExpiry);
        Assert.Contains(record.Conflicts, c => c.Field == "passportNumber" && c.Kept == "E12345678" && c.Other == "E12345679");
        Assert.Equal(FieldSources.Mrz, record.Fields["passportNumber"].Source);
        Assert.True(record.Fields["passportNumber"].Confidence >= 0.99, "a check digit guards the zone's number");
        Assert.Equal((Doubts.Conflict, true), (record.Fields["name"].Doubt, record.Fields["name"].Confidence < 0.8));
    }

    [Fact]
    public void Extract_SendsValuesToReviewWithTheReason_WhenTheyAreCutOffOrOfNoShape()
    {
        var page = PageBuilder.Page(1,
            "KARTU IZIN TINGGAL TERBATAS",
            "Nama  :  LINA",
            "Pemberi Kerja  :  PT. Karya Batu En",
            "Nomor Register  :  2026GG1234",
            "Jabatan  :  Mining Engineer");

        var record = extractor.Extract([page]);

        Assert.Equal(
            [("name", Doubts.OneWord), ("employer", Doubts.Truncated), ("permitNumber", Doubts.Shape)],
            new[] { "name", "employer", "permitNumber" }.Select(k => (k, record.Fields[k].Doubt)));
        Assert.All(new[] { "name", "employer", "permitNumber" }, k => Assert.True(record.Fields[k].Confidence <= Calibration.DoubtedCeiling));
        Assert.Null(record.Fields["position"].Doubt);
        Assert.True(record.Fields["position"].Confidence >= 0.8);
    }

    [Fact]
    public void Extract_PutsBackThePassportNumbersFirstLetter_WhenTheNationalitysShapeSaysItIsE()
    {
        var page = PageBuilder.Page(1,
            "KARTU IZIN TINGGAL TERBATAS",
            "Nama  :  WU QIANG",
            "Kewarganegaraan  :  RRT",
            "No. Paspor  :  BA1526974");

        var person = Assert.Single(extractor.Extract([page]).Persons);

        Assert.Equal("EA1526974", person.PassportNumber);
    }

    [Fact]
    public void Extract_RecordsTheFailingCheckDigitWithTheFieldItGuards_WhenTheBirthDateCheckFails()
    {
        var page = PageBuilder.Page(1, "REPUBLIC OF UTOPIA  PASSPORT", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408123F1204159ZE184226B<<<<<10");

        var record = extractor.Extract([page]);

        var failure = Assert.Single(record.MrzFailures, f => f.Check == "dateOfBirth");
        Assert.Equal((1, "dateOfBirth"), (failure.Page, failure.Key));
        Assert.Contains("L898902C36UTO7408123F", failure.Zone, StringComparison.Ordinal);
        Assert.Null(record.Persons[0].DateOfBirth);
        Assert.Equal("L898902C3", record.Persons[0].PassportNumber);
    }

    [Fact]
    public void Extract_ClassifiesPassport_WhenOnlyDataPageIsPresent()
    {
        var page = PageBuilder.Page(1, "REPUBLIC OF UTOPIA  PASSPORT", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

        var record = extractor.Extract([page]);

        Assert.Equal(DocumentTypes.Passport, record.DocumentType);
        Assert.Equal(new DateOnly(2012, 4, 15), Assert.Single(record.Persons).PassportExpiry);
        Assert.Null(record.Persons[0].ExpiryDate);
    }

    [Fact]
    public void Extract_ReadsOnePersonPerRow_WhenFieldReportTableRowsWrap()
    {
        var page = PageBuilder.Cells(1,
            "LAPORAN HASIL PEMANTAUAN ORANG ASING",
            "Tanggal Pelaksanaan  :  14 Maret 2024",
            "Lokasi  :  PT Sinar Batu Mining Tbk, Kota Jambi, Provinsi Jambi",
            "No  Nama  Kewarganegaraan  No. Paspor  Jabatan  Masa Berlaku  Keterangan",
            "1   ZHANG  Tiongkok      E12345678  Engineer  31-12-2025  sesuai",
            "   WEI",
            "2   KIM  Korea Selatan    M12345678  Manager  01-06-2024   overstay",
            "Demikian laporan ini dibuat.");

        var record = extractor.Extract([page]);

        Assert.Equal(DocumentTypes.FieldReport, record.DocumentType);
        Assert.Equal(new DateOnly(2024, 3, 14), record.DocumentDate);
        Assert.Equal("Kota Jambi", record.Location);
        Assert.Equal("PT Sinar Batu Mining Tbk", record.Employer);
        Assert.Equal(2, record.Persons.Count);
        Assert.Equal("ZHANG WEI", record.Persons[0].Name);
        Assert.Equal("KOR", record.Persons[1].Nationality);
        Assert.Equal(new DateOnly(2024, 6, 1), record.Persons[1].ExpiryDate);
        Assert.Equal("PT Sinar Batu Mining Tbk", record.Persons[1].Employer);
        Assert.Equal(FieldSources.Table, record.Fields["persons[1].passportNumber"].Source);
    }

    [Fact]
    public void Extract_ReadsPersonFromSentence_WhenMinutesNameForeigner()
    {
        var page = PageBuilder.Page(1,
            "NOTULEN RAPAT",
            "Hari/Tanggal  :  Senin, 12 Februari 2024",
            "Tempat  :  Ruang Rapat Kesbangpol",
            "Sdr. ZHANG WEI warga negara Tiongkok paspor E12345678 bekerja pada PT. Cahaya Makmur Minerals",
            "dan izinnya berakhir pada 31 Desember 2025.");

        var record = extractor.Extract([page]);

        Assert.Equal(DocumentTypes.Minutes, record.DocumentType);
        Assert.Equal(new DateOnly(2024, 2, 12), record.DocumentDate);
        Assert.Equal("Ruang Rapat Kesbangpol", record.Location);
        Assert.Equal("PT. Cahaya Makmur Minerals", record.Employer);
        var person = Assert.Single(record.Persons);
        Assert.Equal("ZHANG WEI", person.Name);
        Assert.Equal("CHN", person.Nationality);
        Assert.Equal(new DateOnly(2025, 12, 31), person.ExpiryDate);
    }

    [Fact]
    public void Extract_ReadsDecisionNumberWithoutNomor_WhenRptka()
    {
        var page = PageBuilder.Page(1,
            "KEPUTUSAN DIREKTUR JENDERAL",
            "NOMOR KEP.12345/PPTK/PTA/2024",
            "TENTANG PENGESAHAN RENCANA PENGGUNAAN TENAGA KERJA ASING",
            "Nama Perusahaan  :  PT Sinar Batu Mining",
            "Ditetapkan di Jakarta pada tanggal 5 Maret 2024");

        var record = extractor.Extract([page]);

        Assert.Equal(DocumentTypes.Rptka, record.DocumentType);
        Assert.Equal("KEP.12345/PPTK/PTA/2024", record.DocumentNumber);
        Assert.Equal("PT Sinar Batu Mining", record.Employer);
        Assert.Equal(new DateOnly(2024, 3, 5), record.DocumentDate);
    }

    [Fact]
    public void Extract_UsesReread_WhenPageZoneIsUnreadable()
    {
        var page = PageBuilder.Page(1, "PASSPORT", "P<UTOERIKSS0N<<ANNA<MAR1A<<<<<", "L898902C36UTO74");
        var reread = new MrzReread(1, ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], 0.95);

        var record = extractor.Extract([page], [reread]);

        Assert.Equal("L898902C3", Assert.Single(record.Persons).PassportNumber);
    }

    [Fact]
    public void Extract_ReadsEachPersonsFinding_WhenFieldReportHasKeteranganColumn()
    {
        var page = PageBuilder.Cells(1,
            "LAPORAN HASIL PEMANTAUAN ORANG ASING",
            "Tanggal Pelaksanaan  :  14 Maret 2024",
            "No  Nama          Kewarganegaraan    No. Paspor    Jabatan     Masa Berlaku    Keterangan",
            "1  ZHANG WEI     Tiongkok           E12345678    Engineer    31-12-2025      sesuai",
            "2  KIM MINJUN    Korea Selatan     M12345678    Manager     01-06-2024      izin tidak sesuai",
            "Demikian laporan ini dibuat.");

        var record = extractor.Extract([page]);

        Assert.Equal(2, record.Persons.Count);
        Assert.Equal(("sesuai", FieldSources.Table), (record.Fields["finding"].Value, record.Fields["finding"].Source));
        Assert.Equal("izin tidak sesuai", record.Fields[FieldKeys.Person(1, FieldKeys.Finding)].Value);
        Assert.Empty(record.Positions);
    }

    [Fact]
    public void Extract_ReadsApprovedPositions_WhenRptkaHasTableOfPositions()
    {
        var page = PageBuilder.Cells(1,
            "KEPUTUSAN DIREKTUR PENGENDALIAN PENGGUNAAN TENAGA KERJA ASING",
            "NOMOR KEP.12345/PPTK/PTA/2024",
            "TENTANG PENGESAHAN RENCANA PENGGUNAAN TENAGA KERJA ASING",
            "Nama Perusahaan  :  PT Sinar Batu Mining",
            "No  Jabatan          Jumlah    Kewarganegaraan      Lokasi Kerja      Jangka Waktu",
            "1  Mining Engineer   2      Tiongkok          Morowali         s.d. 31-12-2025",
            "2  Geologist         3     Korea Selatan      Morowali          12 bulan s.d. 30 Juni 2024",
            "3  Chemist           l      India              Morowali         s.d. 01-01-2020");

        var record = extractor.Extract([page]);

        Assert.Equal(DocumentTypes.Rptka, record.DocumentType);
        Assert.Equal(
            [
                new PositionRecord { Title = "Mining Engineer", Count = 2, Nationality = "CHN", Location = "Morowali", Until = new DateOnly(2025, 12, 31) },
                new PositionRecord { Title = "Geologist", Count = 3, Nationality = "KOR", Location = "Morowali", Until = new DateOnly(2024, 6, 30) },
                new PositionRecord { Title = "Chemist", Count = 1, Nationality = "IND", Location = "Morowali", Until = new DateOnly(2020, 1, 1) },
            ],
            record.Positions);
        Assert.Equal(("2", FieldSources.Table), (record.Fields["positions[0].count"].Value, record.Fields["positions[0].count"].Source));
        Assert.Equal("2024-06-30", record.Fields["positions[1].until"].Value);
        Assert.Empty(record.Persons);
    }

    [Fact]
    public void Extract_ReadsPositionsBesideTheNamedWorkers_WhenRptkaNamesThem()
    {
        var page = PageBuilder.Cells(1,
            "KEPUTUSAN DIREKTUR PENGENDALIAN PENGGUNAAN TENAGA KERJA ASING",
            "TENTANG PENGESAHAN RENCANA PENGGUNAAN TENAGA KERJA ASING",
            "No  Nama TKA        Jabatan          Jumlah    Kewarganegaraan      Jangka Waktu",
            "1  LI MING         Mining Engineer   1      Tiongkok          s.d. 31-12-2025",
            "2  PARK JISOO      Geologist         1     Korea Selatan       s.d. 30-06-2024");

        var record = extractor.Extract([page]);

        Assert.Equal(["LI MING", "PARK JISOO"], record.Persons.Select(p => p.Name));
        Assert.Equal(new DateOnly(2024, 6, 30), record.Persons[1].ExpiryDate);
        Assert.Equal([("Mining Engineer", 1), ("Geologist", 1)], record.Positions.Select(p => (p.Title, p.Count ?? 0)));
        Assert.DoesNotContain(record.Fields.Keys, k => k.EndsWith("count", StringComparison.Ordinal) && !k.StartsWith("positions[", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReadsNoPositions_WhenATableOfPositionsIsNotInAnRptka()
    {
        var page = PageBuilder.Cells(1,
            "NOTULEN RAPAT",
            "Hari/Tanggal  :  Senin, 12 Februari 2024",
            "No  Jabatan          Jumlah    Kewarganegaraan      Lokasi Kerja      Jangka Waktu",
            "1  Mining Engineer   2      Tiongkok          Morowali         s.d. 31-12-2025");

        var record = extractor.Extract([page]);

        Assert.NotEqual(DocumentTypes.Rptka, record.DocumentType);
        Assert.Empty(record.Positions);
    }

    private static string Line2(string number, string nationality, string birth, string sex, string expiry)
    {
        var line = $"{number}{MrzCheckDigit.Compute(number)}{nationality}{birth}{MrzCheckDigit.Compute(birth)}{sex}{expiry}{MrzCheckDigit.Compute(expiry)}{new string('<', 14)}<";
        return line + MrzCheckDigit.Compute(line[..10] + line[13..20] + line[21..43]);
    }
}
