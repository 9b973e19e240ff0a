namespace DocArchive.Generator.Data;

/// <summary>Draws realistic foreign workers: names of their culture, birth dates, passports of their country's shape.</summary>
internal static class PersonFactory
{
    private static readonly string[] MalayGiven = ["AHMAD", "MUHAMMAD FAIZ", "MOHD HAFIZ", "AZMAN", "KHAIRUL", "SYAHRIL"];
    private static readonly string[] MalayFathers = ["ISMAIL", "ABDULLAH", "HASSAN", "YUSOF", "RAHMAN", "OTHMAN"];
    private static readonly string[] Places =
        ["BEIJING", "SHANGHAI", "HUNAN", "SICHUAN", "TAIPEI", "TOKYO", "OSAKA", "SEOUL", "BUSAN", "MUMBAI", "CHENNAI", "MANILA",
         "CEBU", "KUALA LUMPUR", "PENANG", "TEXAS", "CALIFORNIA", "SYDNEY", "PERTH", "LONDON", "MANCHESTER"];

    public static Person Draw(Random random) => Draw(random, Countries.Draw(random));

    public static Person Draw(Random random, Country country)
    {
        string surname;
        string given;
        if (country.Code == "MYS" && random.Chance(0.5))
        {
            surname = $"{random.Pick(MalayGiven)} BIN {random.Pick(MalayFathers)}";
            given = string.Empty;
        }
        else
        {
            surname = random.Pick(country.Surnames);
            given = random.Pick(country.GivenNames);
            if (!country.SurnameFirst && random.Chance(0.25))
            {
                given = $"{given} {random.Pick(country.GivenNames)}";
            }

            if (given.Split(' ').Distinct(StringComparer.Ordinal).Count() != given.Split(' ').Length)
            {
                given = given.Split(' ')[0];
            }
        }

        var birth = random.Date(new DateOnly(1962, 1, 1), new DateOnly(1999, 12, 31));
        var issued = random.Date(new DateOnly(2017, 1, 1), new DateOnly(2024, 6, 30));
        var years = country.Code is "CHN" or "IND" or "JPN" or "KOR" or "USA" or "GBR" or "AUS" or "TWN" ? 10 : 5;
        return new Person(
            surname,
            given,
            country,
            random.Chance(0.85) ? 'M' : 'F',
            birth,
            random.Pick(Places),
            country.PassportNumber(random),
            issued,
            issued.AddYears(years).AddDays(-1));
    }
}
