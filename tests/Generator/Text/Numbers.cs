using System.Globalization;

namespace DocArchive.Generator.Text;

/// <summary>Permit, decision and letter numbers in the shapes the offices issue.</summary>
internal static class Numbers
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>A KITAS/ITAS (<c>2C</c>) or KITAP (<c>2D</c>) register number: <c>2C21AB0001</c>.</summary>
    public static string StayPermit(Random random, bool permanent) =>
        $"{(permanent ? "2D" : "2C")}{random.Next(1, 4)}{random.Next(10)}{random.Letters(2)}{random.Digits(4)}";

    /// <summary>An IMTA register number: <c>04512/IMTA/PPTK/2018</c>.</summary>
    public static string WorkPermit(Random random, int year) => $"{random.Digits(5)}/IMTA/PPTK/{year}";

    /// <summary>An RPTKA decision number: <c>KEP.12345/PPTK/PTA/2024</c>.</summary>
    public static string Decision(Random random, int year) => $"KEP.{random.Digits(5)}/PPTK/PTA/{year}";

    /// <summary>A monitoring team's report number: <c>045/LAP-TIMPORA/IX/2024</c>.</summary>
    public static string Report(Random random, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 400):000}/LAP-TIMPORA/{Roman[date.Month - 1]}/{date.Year}");
}
