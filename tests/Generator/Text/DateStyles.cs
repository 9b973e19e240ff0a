using System.Globalization;

namespace DocArchive.Generator.Text;

/// <summary>Prints dates the ways the documents do (docs/domain.md#dates): Indonesian and English months, numeric, ISO, passport style.</summary>
internal static class DateStyles
{
    private static readonly string[][] IndonesianMonths =
    [
        ["Januari"], ["Februari", "Pebruari"], ["Maret"], ["April"], ["Mei"], ["Juni"], ["Juli"], ["Agustus"], ["September"],
        ["Oktober"], ["November", "Nopember"], ["Desember"],
    ];

    private static readonly string[][] IndonesianShort =
    [
        ["Jan"], ["Feb", "Peb"], ["Mar"], ["Apr"], ["Mei"], ["Jun"], ["Jul"], ["Agu", "Agt", "Ags"], ["Sep", "Sept"], ["Okt"], ["Nov", "Nop"], ["Des"],
    ];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] IndonesianDays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    /// <summary>Any of the formats docs/domain.md#dates lists, with the spellings real documents use.</summary>
    public static string Any(Random random, DateOnly date) => random.Next(10) switch
    {
        0 or 1 => IndonesianLong(random, date),
        2 => $"{Day(random, date)} {random.Pick(IndonesianShort[date.Month - 1])} {date.Year}",
        3 => Numeric(date, "dd-MM-yyyy"),
        4 => Numeric(date, "dd/MM/yyyy"),
        5 => Numeric(date, "dd.MM.yyyy"),
        6 => Numeric(date, "yyyy-MM-dd"),
        7 => $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}",
        8 => $"{Day(random, date)} {EnglishMonths[date.Month - 1]} {date.Year}",
        _ => Passport(date),
    };

    /// <summary>An Indonesian letter's date: <c>31 Desember 2025</c> (or <c>Nopember</c>, <c>Pebruari</c>).</summary>
    public static string IndonesianLong(Random random, DateOnly date) =>
        $"{Day(random, date)} {random.Pick(IndonesianMonths[date.Month - 1])} {date.Year}";

    /// <summary>A passport's date: <c>31 DEC 2025</c>.</summary>
    public static string Passport(DateOnly date) =>
        $"{date.Day:00} {EnglishMonths[date.Month - 1][..3].ToUpperInvariant()} {date.Year}";

    /// <summary>The Indonesian weekday of a date: <c>Senin</c>.</summary>
    public static string Weekday(DateOnly date) => IndonesianDays[(int)date.DayOfWeek];

    private static string Day(Random random, DateOnly date) =>
        random.Chance(0.5) ? date.Day.ToString("00", CultureInfo.InvariantCulture) : date.Day.ToString(CultureInfo.InvariantCulture);

    private static string Numeric(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
