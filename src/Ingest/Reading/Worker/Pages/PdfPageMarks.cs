using UglyToad.PdfPig.Content;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>Whether a PDF page draws anything, told from its content stream without rendering it.</summary>
internal static class PdfPageMarks
{
    /// <summary>The operators that put marks on a page: text, path painting, shadings, XObjects and inline images.</summary>
    private static readonly HashSet<string> Painting = new(StringComparer.Ordinal)
    {
        "Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI", "ID", "EI",
    };

    /// <summary>True when the page paints nothing at all and has no annotations (whose appearances would be drawn).</summary>
    public static bool DrawsNothing(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Letters.Count == 0 && !page.Operations.Any(o => Painting.Contains(o.Operator)) && !page.GetAnnotations().Any();
    }
}
