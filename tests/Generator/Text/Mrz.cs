using System.Globalization;
using DocArchive.Generator.Data;

namespace DocArchive.Generator.Text;

/// <summary>The machine-readable zone of a passport (ICAO 9303 TD3: two lines of 44 characters with check digits).</summary>
internal static class Mrz
{
    public static (string Line1, string Line2) Td3(Person person)
    {
        var names = person.GivenNames.Length == 0
            ? Filler(person.Surname)
            : $"{Filler(person.Surname)}<<{Filler(person.GivenNames)}";
        var line1 = $"P<{person.Country.Code}{names}".PadRight(44, '<')[..44];
        var number = person.PassportNumber.PadRight(9, '<');
        var birth = Date(person.DateOfBirth);
        var expiry = Date(person.PassportExpiry);
        const string personal = "<<<<<<<<<<<<<<";
        var composite = $"{number}{Check(number)}{birth}{Check(birth)}{expiry}{Check(expiry)}{personal}{Check(personal)}";
        var line2 = $"{number}{Check(number)}{person.Country.Code}{birth}{Check(birth)}{person.Sex}{expiry}{Check(expiry)}{personal}{Check(personal)}{Check(composite)}";
        return (line1, line2);
    }

    /// <summary>The ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, filler as 0.</summary>
    public static char Check(string field)
    {
        int[] weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            var value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 0,
            };
            sum += value * weights[i % 3];
        }

        return (char)('0' + (sum % 10));
    }

    private static string Filler(string name) => name.Replace(' ', '<');

    private static string Date(DateOnly date) => date.ToString("yyMMdd", CultureInfo.InvariantCulture);
}
