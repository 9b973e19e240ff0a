namespace DocArchive.Web;

/// <summary>The addresses of the pages about one thing, as every page links to them.</summary>
public static class ArchiveLinks
{
    public static string Document(Guid id) => $"/documents/{id}";

    /// <summary>A page of a document, scrolled to.</summary>
    public static string DocumentPage(Guid id, int page) => $"/documents/{id}#page-{page}";

    public static string Person(Guid id) => $"/persons/{id}";

    /// <summary>A company's page by its comparison key (<c>SINAR BATU MINING</c>), escaped for the path.</summary>
    public static string Company(string key) => $"/companies/{Uri.EscapeDataString(key)}";
}
