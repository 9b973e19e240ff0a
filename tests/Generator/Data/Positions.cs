namespace DocArchive.Generator.Data;

/// <summary>Job titles foreign workers hold, as printed on permits and RPTKA tables.</summary>
internal static class Positions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Mining Engineer", "Geologist", "Site Manager", "Technical Advisor", "Finance Director", "Project Manager", "Welding Supervisor",
        "Electrical Engineer", "Plant Manager", "Quality Control Manager", "Metallurgist", "Mechanical Engineer", "HSE Manager",
        "Drilling Supervisor", "Process Engineer", "Production Manager", "Maintenance Supervisor",
    ];
}
