using DocArchive.Fixtures;
using DocArchive.Generator.Data;
using DocArchive.Generator.Layout;
using DocArchive.Generator.Text;

namespace DocArchive.Generator.Documents;

/// <summary>
/// A photocopied passport data page: small bilingual captions over values (held out: each caption beside its value, one
/// per line), a photo box and a TD3 MRZ.
/// </summary>
internal static class PassportPage
{
    private static readonly Dictionary<string, string> Demonyms = new(StringComparer.Ordinal)
    {
        ["CHN"] = "CHINESE", ["TWN"] = "TAIWANESE", ["JPN"] = "JAPANESE", ["KOR"] = "REPUBLIC OF KOREA", ["IND"] = "INDIAN",
        ["PHL"] = "FILIPINO", ["MYS"] = "MALAYSIA", ["USA"] = "UNITED STATES OF AMERICA", ["AUS"] = "AUSTRALIAN", ["GBR"] = "BRITISH CITIZEN",
    };

    /// <summary>Draws the data page on the composer's current page, from its current position.</summary>
    public static void Draw(PageComposer page, Random random, Person person, LayoutSet layouts)
    {
        var beside = layouts == LayoutSet.HeldOut;
        var top = page.Y + random.Next(0, 60);
        page.Space(top - page.Y);
        page.Centered(person.Country.PassportState, bold: true);
        page.Centered("PASSPORT");
        page.Box(PageComposer.Left, top + 50, 100, 125);

        const double x1 = PageComposer.Left + 118;
        const double x2 = PageComposer.Left + 300;
        page.Space(8);
        Field(page, beside, "Type / Type", "P", x1, "Code / Code", person.Country.Code, x2);
        Field(page, beside, "Surname / Nom", person.Surname, x1, "Passport No. / No. du passeport", person.PassportNumber, x2);
        Field(page, beside, "Given names / Prénoms", person.GivenNames.Length == 0 ? "-" : person.GivenNames, x1, null, null, x2);
        Field(page, beside, "Nationality / Nationalité", Demonyms[person.Country.Code], x1, null, null, x2);
        Field(page, beside, "Date of birth / Date de naissance", DateStyles.Passport(person.DateOfBirth), x1, "Sex / Sexe", person.Sex.ToString(), x2);
        Field(page, beside, "Place of birth / Lieu de naissance", person.PlaceOfBirth, x1, null, null, x2);
        Field(page, beside, "Date of issue / Date de délivrance", DateStyles.Passport(person.PassportIssued), x1, "Date of expiry / Date d'expiration", DateStyles.Passport(person.PassportExpiry), x2);

        var (line1, line2) = Mrz.Td3(person);
        const double mrzSize = 11.5;
        var mrzFont = random.Chance(0.5) ? FixtureFonts.DejaVuSans : FixtureFonts.LiberationSans;
        var pitch = mrzSize * (0.72 + (random.NextDouble() * 0.06));
        page.Space(page.Size * 1.5);
        page.Advance(mrzSize * 1.3);
        page.FixedPitch(line1, PageComposer.Left - 4, mrzFont, mrzSize, pitch);
        page.Advance(mrzSize * 1.5);
        page.FixedPitch(line2, PageComposer.Left - 4, mrzFont, mrzSize, pitch);
        page.Box(PageComposer.Left - 12, top, 470, page.Y + 12 - top);
        page.Space(page.Size * 3);
    }

    private static void Field(PageComposer page, bool beside, string caption, string value, double x, string? caption2, string? value2, double x2)
    {
        if (beside)
        {
            Beside(page, caption, value, x);
            if (caption2 is not null)
            {
                Beside(page, caption2, value2!, x);
            }

            return;
        }

        page.Advance(page.Size * 1.15);
        page.Beside(caption, x, textSize: page.Size - 3.5);
        if (caption2 is not null)
        {
            page.Beside(caption2, x2, textSize: page.Size - 3.5);
        }

        page.Advance(page.Size * 1.2);
        page.Beside(value, x, bold: true);
        if (value2 is not null)
        {
            page.Beside(value2, x2, bold: true);
        }
    }

    private static void Beside(PageComposer page, string caption, string value, double x)
    {
        page.Advance(page.Size * 1.45);
        page.Beside(caption, x, textSize: page.Size - 3.5);
        page.Beside(value, x + 165, bold: true);
    }
}
