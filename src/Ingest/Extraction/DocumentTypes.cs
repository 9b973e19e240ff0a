namespace DocArchive.Ingest.Extraction;

/// <summary>The document types of the canonical record, as they are written in it.</summary>
public static class DocumentTypes
{
    public const string Permit = "permit";
    public const string Rptka = "rptka";
    public const string Minutes = "minutes";
    public const string FieldReport = "field_report";
    public const string Passport = "passport";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Permit, Rptka, Minutes, FieldReport, Passport, Other];
}
