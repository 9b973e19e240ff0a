namespace DocArchive.Generator;

/// <summary>The capture kinds as the truth files and the command line name them.</summary>
public static class CaptureNames
{
    public const string BornDigital = "born-digital";

    /// <summary>The name a document's truth records: a born-digital PDF is <c>born-digital</c> whatever its plan says.</summary>
    public static string Of(DocumentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Format == OutputFormat.TextPdf ? BornDigital : Of(plan.Capture);
    }

    public static string Of(Capture capture) => capture switch
    {
        Capture.Phone => "phone",
        Capture.Fax => "fax",
        Capture.LowRes => "lowres",
        _ => "scan",
    };

    /// <summary>The field capture a name on the command line means, or null.</summary>
    public static Capture? Parse(string name) => name switch
    {
        "phone" => Capture.Phone,
        "fax" => Capture.Fax,
        "lowres" => Capture.LowRes,
        _ => null,
    };
}
