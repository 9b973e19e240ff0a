using System.Linq.Expressions;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;

namespace DocArchive.Ingest.Register;

/// <summary>
/// Which links show a permit: those with a permit number, issue or expiry date, in any document but an RPTKA, whose
/// dates end an approval period, not a permit.
/// </summary>
internal static class PermitLinks
{
    /// <summary>Whether a link of a document of <paramref name="documentType"/> shows a permit.</summary>
    public static bool Shows(PersonDocument link, string? documentType) =>
        documentType != DocumentTypes.Rptka && (link.PermitNumber is not null || link.IssueDate is not null || link.ExpiryDate is not null);

    /// <summary>The end of the permit a link of a document of <paramref name="documentType"/> shows; null for an RPTKA's period.</summary>
    public static DateOnly? Expiry(PersonDocument link, string? documentType) =>
        documentType == DocumentTypes.Rptka ? null : link.ExpiryDate;

    /// <summary>The links that end a permit on a known date, as a query filter.</summary>
    public static Expression<Func<PersonDocument, bool>> WithExpiry { get; } =
        l => l.ExpiryDate != null && l.Document!.DocumentType != DocumentTypes.Rptka;
}
