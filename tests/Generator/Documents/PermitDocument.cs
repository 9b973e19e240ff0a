using DocArchive.Generator.Data;
using DocArchive.Generator.Layout;
using DocArchive.Generator.Text;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Generator.Documents;

/// <summary>
/// A KITAS, ITAS, KITAP or IMTA: one person's labelled values, in Indonesian, English or both (held out: with dotted
/// leaders between label and value).
/// </summary>
internal static class PermitDocument
{
    public static DocumentContent Compose(Random random, LayoutSet layouts, PermitKind kind, Person person, Company company)
    {
        var style = DocumentStyle.Draw(random, layouts);
        if (layouts == LayoutSet.HeldOut)
        {
            style = style with { KeyValue = KeyValueStyle.DottedLeaders };
        }

        var page = style.NewComposer();
        var ruled = style.Language == LabelLanguage.Bilingual && random.Chance(0.6);
        Header(page, kind, style.Language);

        var name = PrintedName.Draw(random, person);
        var employer = company.Printed(random);
        var issued = random.Date(new DateOnly(2021, 1, 1), new DateOnly(2025, 6, 30));
        var expiry = kind == PermitKind.Kitap ? issued.AddYears(5).AddDays(-1) : issued.AddYears(random.Chance(0.7) ? 1 : 2).AddDays(-1);
        var permitNumber = kind == PermitKind.Imta ? Numbers.WorkPermit(random, issued.Year) : Numbers.StayPermit(random, kind == PermitKind.Kitap);
        var position = random.Pick(Positions.All);
        var (place, province) = random.Pick(Places.Districts);
        var hasLocation = random.Chance(0.5);

        var lines = new List<(Field Field, string Value)>
        {
            (Field.PermitNumber, permitNumber),
            (Field.Name, name.Printed),
            random.Chance(0.5)
                ? (Field.PlaceAndDateOfBirth, $"{person.PlaceOfBirth.TitleCase()}, {DateStyles.Any(random, person.DateOfBirth)}")
                : (Field.DateOfBirth, DateStyles.Any(random, person.DateOfBirth)),
            (Field.Nationality, random.Pick(person.Country.PrintedNames)),
            (Field.PassportNumber, person.PassportNumber),
            (Field.Position, position),
            (Field.Employer, employer),
        };
        if (hasLocation)
        {
            lines.Add((Field.Location, random.Chance(0.6) ? $"{place}, Provinsi {province}" : place));
        }

        lines.Add((Field.IssueDate, DateStyles.Any(random, issued)));
        lines.Add((Field.ExpiryDate, DateStyles.Any(random, expiry)));
        if (kind == PermitKind.Imta)
        {
            (lines[0], lines[6]) = (lines[6], lines[0]);
        }

        foreach (var (field, value) in lines)
        {
            page.KeyValue(style.Label(random, field), value, style.KeyValue, style.ValueColumn);
            if (ruled)
            {
                page.Rule();
            }
        }

        var office = kind == PermitKind.Imta ? "Direktur Pengendalian Penggunaan TKA" : $"Kepala Kantor Imigrasi {random.Pick(Places.Cities)}";
        Officials.Sign(page, random, office, random.Pick(Places.Cities), date: null);

        var truthPerson = new PersonRecord
        {
            Name = name.Truth,
            PassportNumber = person.PassportNumber,
            Nationality = person.Country.Code,
            DateOfBirth = person.DateOfBirth,
            Position = position,
            PermitNumber = permitNumber,
            IssueDate = issued,
            ExpiryDate = expiry,
            Employer = employer,
        };
        var truth = new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            DocumentTypeConfidence = 1,
            Employer = employer,
            Location = hasLocation ? place : null,
            Persons = [truthPerson],
        };
        return new DocumentContent(page.Finish(), truth);
    }

    private static void Header(PageComposer page, PermitKind kind, LabelLanguage language)
    {
        var english = language != LabelLanguage.Indonesian;
        if (kind == PermitKind.Imta)
        {
            page.Centered("KEMENTERIAN KETENAGAKERJAAN REPUBLIK INDONESIA", bold: true);
            page.Centered("DIREKTORAT JENDERAL BINAPENTA DAN PKK");
            page.Space(page.Size);
            page.Centered("IZIN MEMPEKERJAKAN TENAGA KERJA ASING (IMTA)", bold: true, page.Size + 3);
            if (english)
            {
                page.Centered("EXPATRIATE WORK PERMIT");
            }
        }
        else
        {
            page.Centered("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", bold: true);
            page.Centered("DIREKTORAT JENDERAL IMIGRASI");
            page.Space(page.Size);
            var (title, englishTitle) = kind switch
            {
                PermitKind.Kitas => ("KARTU IZIN TINGGAL TERBATAS (KITAS)", "LIMITED STAY PERMIT CARD"),
                PermitKind.Itas => ("IZIN TINGGAL TERBATAS (ITAS)", "LIMITED STAY PERMIT"),
                _ => ("KARTU IZIN TINGGAL TETAP (KITAP)", "PERMANENT STAY PERMIT CARD"),
            };
            page.Centered(title, bold: true, page.Size + 3);
            if (english)
            {
                page.Centered(englishTitle);
            }
        }

        page.Rule();
        page.Space(page.Size);
    }
}
