using System.Text;
using DocArchive.Fixtures.Interop;
using DocArchive.Ingest.Reading;

namespace DocArchive.Fixtures;

/// <summary>Every kind of PDF (and non-PDF) a clerk uploads, made from known text.</summary>
public static class FixtureDocument
{
    /// <summary>A born-digital PDF with a real text layer, one A4 page per <see cref="FixturePage"/>.</summary>
    public static byte[] TextPdf(IEnumerable<FixturePage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var pdf = new FixturePdfBuilder();
        foreach (var page in pages)
        {
            pdf.AddTextPage(page);
        }

        return pdf.Build();
    }

    public static byte[] TextPdf(params FixturePage[] pages) => TextPdf((IEnumerable<FixturePage>)pages);

    /// <summary>A scanned PDF: one image per page (JPEG or CCITT G4), no text layer.</summary>
    public static byte[] ScannedPdf(IEnumerable<FixtureImage> pages, FixtureScanEncoding encoding = FixtureScanEncoding.Jpeg, int jpegQuality = 75)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var pdf = new FixturePdfBuilder();
        foreach (var page in pages)
        {
            pdf.AddScannedPage(page, encoding, jpegQuality);
        }

        return pdf.Build();
    }

    /// <summary>A PDF of colour photos, one JPEG per page, as a phone's scanning app saves a document.</summary>
    public static byte[] PhotoPdf(IEnumerable<FixtureColorImage> pages, int jpegQuality = 85)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var pdf = new FixturePdfBuilder();
        foreach (var page in pages)
        {
            pdf.AddPhotoPage(page, jpegQuality);
        }

        return pdf.Build();
    }

    /// <summary>A PDF whose pages carry neither text nor images: the text is drawn as shapes and must be rendered to be read.</summary>
    public static byte[] VectorOnlyPdf(params FixturePage[] pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var pdf = new FixturePdfBuilder();
        foreach (var page in pages)
        {
            pdf.AddVectorPage(page);
        }

        return pdf.Build();
    }

    /// <summary>
    /// A mixed PDF: the pages whose 1-based numbers are in <paramref name="scannedPageNumbers"/> are rendered at
    /// <paramref name="dpi"/> and embedded as JPEG scans, the others keep their text layer.
    /// </summary>
    public static byte[] MixedPdf(IReadOnlyList<FixturePage> pages, IReadOnlySet<int> scannedPageNumbers, int dpi = 300)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(scannedPageNumbers);
        using var pdf = new FixturePdfBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            if (scannedPageNumbers.Contains(i + 1))
            {
                pdf.AddScannedPage(FixtureRaster.Render([pages[i]], dpi)[0]);
            }
            else
            {
                pdf.AddTextPage(pages[i]);
            }
        }

        return pdf.Build();
    }

    /// <summary>
    /// A scanned page whose only text layer is a stamp of a few characters (<paramref name="stamp"/>, top right): a reader
    /// must not take the stamp for the page's text.
    /// </summary>
    public static byte[] StampOnlyPdf(FixturePage page, string stamp = "ARSIP", int dpi = 300)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var pdf = new FixturePdfBuilder();
        var scan = FixtureRaster.Render([page], dpi)[0];
        pdf.AddScannedPage(scan, overlay: [new FixtureText(stamp, FixturePage.A4Width - 150, 40, 14, FixtureFonts.DejaVuSansBold)]);
        return pdf.Build();
    }

    /// <summary>The PDF encrypted with Debian's qpdf (AES-256) so that it opens only with <paramref name="userPassword"/>.</summary>
    public static byte[] Encrypted(byte[] pdf, string userPassword = "rahasia")
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var directory = Directory.CreateTempSubdirectory("fixture-qpdf-");
        try
        {
            var input = Path.Combine(directory.FullName, "in.pdf");
            var output = Path.Combine(directory.FullName, "out.pdf");
            File.WriteAllBytes(input, pdf);
            ExternalTool.Run("qpdf", ["--encrypt", userPassword, userPassword + "-owner", "256", "--", input, output]);
            return File.ReadAllBytes(output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A file that starts like a PDF and then holds nothing a reader can parse.</summary>
    public static byte[] Corrupt()
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"));
        var random = new Random(7);
        var garbage = new byte[2048];
        random.NextBytes(garbage);
        bytes.AddRange(garbage);
        return [.. bytes];
    }

    /// <summary>
    /// A square one-page PDF of Helvetica lines whose page dictionary is damaged (a stray character inside its
    /// <c>/MediaBox</c>, as in real broken files): strict parsers refuse the page, Poppler repairs it and draws the text.
    /// </summary>
    public static byte[] DamagedPagePdf(IReadOnlyList<string> lines, double sizePoints = 400)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var size = FormattableString.Invariant($"{sizePoints}");
        return PdfObjects.Write(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0${size} {size}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            FixtureRawPdf.Stream(FixtureRawPdf.TextContent(lines, sizePoints)),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]);
    }

    /// <summary>An empty file.</summary>
    public static byte[] ZeroByte() => [];
}
