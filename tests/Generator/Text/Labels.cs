namespace DocArchive.Generator.Text;

/// <summary>The label variants of docs/domain.md#fields, Indonesian and English, printed in any case.</summary>
internal static class Labels
{
    private static readonly Dictionary<Field, (string[] Indonesian, string[] English)> Variants = new()
    {
        [Field.Name] = (["Nama", "Nama Lengkap", "Nama TKA"], ["Name", "Full Name"]),
        [Field.PassportNumber] = (["No. Paspor", "Nomor Paspor", "No Paspor", "Paspor No."], ["Passport No.", "Passport Number", "No. Passport"]),
        [Field.Nationality] = (["Kewarganegaraan", "Warga Negara", "Kebangsaan"], ["Nationality", "Citizenship"]),
        [Field.DateOfBirth] = (["Tanggal Lahir", "Tgl. Lahir"], ["Date of Birth"]),
        [Field.PlaceAndDateOfBirth] = (["Tempat/Tgl. Lahir", "Tempat/Tanggal Lahir"], ["Place/Date of Birth"]),
        [Field.Employer] = (["Pemberi Kerja", "Nama Perusahaan", "Perusahaan", "Sponsor", "Penjamin", "Nama Pemberi Kerja TKA"], ["Employer", "Company", "Sponsor/Guarantor"]),
        [Field.Position] = (["Jabatan", "Pekerjaan"], ["Occupation", "Position", "Job Title"]),
        [Field.PermitNumber] = (["No. Izin Tinggal", "Nomor Register", "Nomor Izin"], ["Permit No.", "Stay Permit No."]),
        [Field.IssueDate] = (["Tanggal Dikeluarkan", "Tgl. Terbit", "Dikeluarkan Tanggal"], ["Date of Issue", "Issued"]),
        [Field.ExpiryDate] = (["Berlaku s/d", "Berlaku s.d.", "Berlaku Sampai", "Berlaku Hingga", "Masa Berlaku", "Tanggal Berakhir"], ["Valid Until", "Expiry Date", "Date of Expiry"]),
        [Field.Location] = (["Lokasi", "Lokasi Kerja"], ["Location", "Work Location"]),
    };

    /// <summary>A label for <paramref name="field"/> in the form's language and letter case.</summary>
    public static string Pick(Random random, Field field, LabelLanguage language, LetterCase letterCase)
    {
        var (indonesian, english) = Variants[field];
        var label = language switch
        {
            LabelLanguage.Indonesian => random.Pick(indonesian),
            LabelLanguage.English => random.Pick(english),
            _ => $"{random.Pick(indonesian)} / {random.Pick(english)}",
        };
        return letterCase.Apply(label);
    }
}
