using DocArchive.Generator.Data;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Generator.Documents;

/// <summary>A passport copy on its own, and a permit with the holder's passport page stapled behind it.</summary>
internal static class PassportDocument
{
    public static DocumentContent Compose(Random random, LayoutSet layouts, Person person)
    {
        var page = DocumentStyle.Draw(random, layouts).NewComposer();
        PassportPage.Draw(page, random, person, layouts);
        var truth = new ExtractionRecord
        {
            DocumentType = DocumentTypes.Passport,
            DocumentTypeConfidence = 1,
            Persons = [FromMrz(person, new PersonRecord())],
        };
        return new DocumentContent(page.Finish(), truth);
    }

    /// <summary>The permit first, the passport page behind it: the MRZ gives name, number, nationality, birth date and passport expiry.</summary>
    public static DocumentContent ComposeStapled(Random random, LayoutSet layouts, PermitKind kind, Person person, Company company)
    {
        var permit = PermitDocument.Compose(random, layouts, kind, person, company);
        var passport = DocumentStyle.Draw(random, layouts).NewComposer();
        PassportPage.Draw(passport, random, person, layouts);
        var truth = permit.Truth with { Persons = [FromMrz(person, permit.Truth.Persons[0])] };
        return new DocumentContent([.. permit.Pages, .. passport.Finish()], truth);
    }

    private static PersonRecord FromMrz(Person person, PersonRecord printed) => printed with
    {
        Name = person.MrzOrderName,
        PassportNumber = person.PassportNumber,
        Nationality = person.Country.Code,
        DateOfBirth = person.DateOfBirth,
        PassportExpiry = person.PassportExpiry,
    };
}
