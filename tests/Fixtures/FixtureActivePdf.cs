using System.Globalization;
using DocArchive.Ingest.Reading;

namespace DocArchive.Fixtures;

/// <summary>
/// A one-page PDF that carries active content (scripts, a launch action, embedded files), as hostile or careless senders
/// make them: the page is Helvetica text, or a scan with no text layer.
/// </summary>
public static class FixtureActivePdf
{
    private const string Payload = "MZ\u0090\u0000 not really a program";

    /// <summary>An A4 page of <paramref name="lines"/> carrying <paramref name="active"/>.</summary>
    public static byte[] Text(FixtureActiveContent active, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Write(active, FixtureRawPdf.TextContent(lines, FixturePage.A4Height), FixturePage.A4Width, FixturePage.A4Height, image: null);
    }

    /// <summary>A page holding only <paramref name="scan"/> as a JPEG (at its resolution, 300 dpi when unknown), carrying <paramref name="active"/>.</summary>
    public static byte[] Scanned(FixtureActiveContent active, FixtureImage scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var dpi = scan.Dpi > 0 ? scan.Dpi : 300;
        var width = scan.Width * 72.0 / dpi;
        var height = scan.Height * 72.0 / dpi;
        var image = FixtureRawPdf.Stream(
            FixtureRawPdf.Bytes(FixtureEncode.Jpeg(scan, 75)),
            Invariant($"/Type /XObject /Subtype /Image /Width {scan.Width} /Height {scan.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode"));
        return Write(active, Invariant($"q {width} 0 0 {height} 0 0 cm /Im1 Do Q"), width, height, image);
    }

    private static byte[] Write(FixtureActiveContent active, string content, double width, double height, string? image)
    {
        // Objects 1 to 6: catalog, pages, page, content, font, image (or an empty dictionary); the active content from 7.
        (string Catalog, string Page, string[] Extra) parts = active switch
        {
            FixtureActiveContent.None => ("", "", []),
            FixtureActiveContent.OpenActionJavaScript => ("/OpenAction 7 0 R", "", ["<< /Type /Action /S /JavaScript /JS (app.alert\\('Halo'\\);) >>"]),
            FixtureActiveContent.NamedJavaScript => (
                "/Names << /JavaScript << /Names [(mulai) 7 0 R] >> >>", "",
                ["<< /S /JavaScript /JS 8 0 R >>", FixtureRawPdf.Stream("this.print({bUI: false});")]),
            FixtureActiveContent.EscapedJavaScript => ("", "/AA << /O << /S /J#61vaScript /J#53 (app.alert\\(1\\);) >> >>", []),
            FixtureActiveContent.Launch => (
                "", "/Annots [7 0 R]",
                ["<< /Type /Annot /Subtype /Link /Rect [36 36 200 60] /A << /S /Launch /F (cmd.exe) /NewWindow true >> >>"]),
            FixtureActiveContent.EmbeddedFile => (
                "/Names << /EmbeddedFiles << /Names [(lampiran.exe) 7 0 R] >> >>", "",
                ["<< /Type /Filespec /F (lampiran.exe) /EF << /F 8 0 R >> >>", FixtureRawPdf.Stream(Payload, "/Type /EmbeddedFile")]),
            FixtureActiveContent.FileAttachment => (
                "", "/Annots [7 0 R]",
                [
                    "<< /Type /Annot /Subtype /FileAttachment /Rect [36 36 60 60] /FS 8 0 R /Name /PushPin >>",
                    "<< /Type /Filespec /F (lampiran.exe) /EF << /F 9 0 R >> >>",
                    FixtureRawPdf.Stream(Payload, "/Type /EmbeddedFile"),
                ]),
            _ => throw new ArgumentOutOfRangeException(nameof(active), active, null),
        };
        var (catalog, page, extra) = parts;
        var resources = image is null ? "/Font << /F1 5 0 R >>" : "/Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >>";
        return PdfObjects.Write(
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalog} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << {resources} >> /Contents 4 0 R {page} >>"),
            FixtureRawPdf.Stream(content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            image ?? "<< >>",
            .. extra,
        ]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
