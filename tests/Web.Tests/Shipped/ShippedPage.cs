using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>A page of the walk: its name in screenshots and reports, the address opened, and where the browser must end up.</summary>
internal sealed record ShippedPage(string Name, string Path, string Arrives)
{
    /// <summary>The walker who is not signed in.</summary>
    public const string SignedOut = "signedout";

    /// <summary>Every walker, in walking order.</summary>
    public static readonly IReadOnlyList<string> Walkers = [SignedOut, ArchiveRoles.Clerk, ArchiveRoles.Officer, ArchiveRoles.Analyst, ArchiveRoles.Admin];

    private const string DeniedPath = "/account/denied";

    /// <summary>
    /// The pages <paramref name="walker"/> may see, and one it may not (which must show the refusal page); officers and
    /// analysts read the documents of <paramref name="archive"/>.
    /// </summary>
    public static IReadOnlyList<ShippedPage> For(string walker, ShippedArchive? archive = null) =>
        walker switch
        {
            SignedOut => [Same("signin", "/account/signin")],
            ArchiveRoles.Clerk => [Same("upload", "/upload"), Denied("/search")],
            ArchiveRoles.Officer => [.. Reading(archive), Denied("/export")],
            ArchiveRoles.Analyst => [.. Reading(archive), Same("export", "/export"), Same("statistics", "/statistics"), Denied("/admin/users")],
            ArchiveRoles.Admin => [Same("users", "/admin/users"), Same("audit", "/admin/audit"), Denied("/upload")],
            _ => throw new ArgumentOutOfRangeException(nameof(walker), walker, "Not a walker."),
        };

    /// <summary>What officers and analysts read: search, lists, a document, its person and company, the watch, the review queue, the reconciliation and its report.</summary>
    private static IEnumerable<ShippedPage> Reading(ShippedArchive? archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        return
        [
            Same("search", "/search"),
            Same("search-query", "/search?q=zhang+wei"),
            Same("documents", "/documents"),
            Same("document", $"/documents/{archive.Permit}"),
            Same("person", $"/persons/{archive.Person}"),
            Same("company", $"/companies/{Uri.EscapeDataString(ShippedDocuments.Company)}"),
            Same("watch", "/watch"),
            Same("review", "/review"),
            Same("reconciliation", "/reconciliation"),
            Same("reconciliation-report", "/reconciliation/report"),
            Same("notfound", $"/documents/{Guid.Empty}"),
        ];
    }

    private static ShippedPage Same(string name, string path) => new(name, path, path.Split('?')[0]);

    private static ShippedPage Denied(string path) => new("denied", path, DeniedPath);
}
