namespace DocArchive.Ingest.Tests.Extraction.Mrz;

/// <summary>The ICAO 9303 Utopia passport zone, with any names on its first line, and the day the tests read it.</summary>
internal static class UtopiaZone
{
    public const string SecondLine = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    public static DateOnly Today { get; } = new(2025, 6, 1);

    /// <summary>The first line of a Utopia passport naming <paramref name="names"/> (<c>SURNAME&lt;&lt;GIVEN</c>), filled to 44.</summary>
    public static string FirstLine(string names) => ("P<UTO" + names).PadRight(44, '<');
}
