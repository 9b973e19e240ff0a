using System.Globalization;
using DocArchive.Ingest.Register.Reconciliation;

namespace DocArchive.Web.Reconciliation;

/// <summary>The lists behind the register's numbers as export tables: the persons behind a count, and the findings of a code.</summary>
public static class ReconciliationLists
{
    public static IReadOnlyList<string> PersonHeader { get; } =
        ["name", "passport_number", "nationality", "employer", "district", "position", "permit_expiry", "last_seen_date", "sources", "documents", "document_ids"];

    public static IReadOnlyList<string> FindingHeader { get; } =
        ["code", "finding_date", "employer", "district", "position", "allowed", "found", "names", "passport_numbers", "documents", "document_ids"];

    /// <summary>The source a <c>list</c> or <c>source</c> parameter names (its name in lower case); false for any other value.</summary>
    public static bool TryParseSource(string? value, out ReconciliationSource source)
    {
        source = Enum.GetValues<ReconciliationSource>().FirstOrDefault(s => string.Equals(Name(s), value, StringComparison.OrdinalIgnoreCase));
        return string.Equals(Name(source), value, StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<string?> Row(RegisterPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return
        [
            person.Name, person.PassportNumber, person.Nationality, person.Employer, person.District, person.Position, Iso(person.PermitEnd),
            Iso(person.LastSeen), string.Join("; ", person.Sources.Select(Name)), Documents(person.Documents), Ids(person.Documents),
        ];
    }

    public static IReadOnlyList<string?> Row(ReconciliationFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return
        [
            finding.Code, Iso(finding.Date), finding.Employer, finding.District, finding.Position, Number(finding.Allowed), Number(finding.Found),
            string.Join("; ", finding.Persons.Select(p => p.Name)), string.Join("; ", finding.Persons.Select(p => p.PassportNumber)),
            Documents(finding.Documents), Ids(finding.Documents),
        ];
    }

    public static string Name(ReconciliationSource source) => source.ToString().ToLowerInvariant();

    private static string Documents(IEnumerable<EvidenceDocument> documents) =>
        string.Join("; ", documents.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.FileName} p. {d.Page} ({d.DocumentType}, {Iso(d.Date)})")));

    private static string Ids(IEnumerable<EvidenceDocument> documents) => string.Join("; ", documents.Select(d => d.DocumentId));

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
