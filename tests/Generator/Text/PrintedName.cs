using DocArchive.Generator.Data;

namespace DocArchive.Generator.Text;

/// <summary>
/// A person's name as a document prints it, and as the truth holds it: upper case in the printed order, except that
/// <c>SURNAME, Given</c> becomes <c>SURNAME GIVEN</c>.
/// </summary>
internal sealed record PrintedName(string Printed, string Truth)
{
    public static PrintedName Draw(Random random, Person person)
    {
        if (person.GivenNames.Length == 0)
        {
            return Cased(random, person.Surname, person.Surname);
        }

        var roll = random.Next(10);
        if (roll == 0)
        {
            var comma = $"{person.Surname}, {(random.Chance(0.5) ? person.GivenNames.TitleCase() : person.GivenNames)}";
            return new PrintedName(comma, person.MrzOrderName);
        }

        var surnameFirst = person.Country.SurnameFirst ? roll < 8 : roll < 3;
        var name = surnameFirst ? person.MrzOrderName : $"{person.GivenNames} {person.Surname}";
        return Cased(random, name, name);
    }

    private static PrintedName Cased(Random random, string name, string truth) =>
        new(random.Chance(0.7) ? name : name.TitleCase(), truth);
}
