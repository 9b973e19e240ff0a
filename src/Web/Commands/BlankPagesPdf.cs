using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace DocArchive.Web.Commands;

/// <summary>A PDF of blank A4 pages, as PdfPig's builder writes it: 3,000 of them are about 355 KB.</summary>
public static class BlankPagesPdf
{
    public static byte[] Build(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        return builder.Build();
    }
}
