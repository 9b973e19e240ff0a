using DocArchive.Ingest.Reading;

namespace DocArchive.Tools.Commands;

/// <summary>
/// A PDF of blank A4 pages, each its own page object with nothing drawn and no content stream, as the smallest writers
/// make it: 3,000 of them are about 355 KB.
/// </summary>
public static class BlankPagesPdf
{
    public static byte[] Build(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var objects = new List<string>(pages + 2)
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Count {pages} /Kids [{string.Join(' ', Enumerable.Range(3, pages).Select(n => $"{n} 0 R"))}] >>",
        };
        objects.AddRange(Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>", pages));

        return PdfObjects.Write(objects);
    }
}
