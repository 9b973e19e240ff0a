using System.Diagnostics;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>Renders one PDF page with Debian's <c>pdftoppm</c> to gray PGM (never PNG: its compression costs seconds a page).</summary>
internal static class PdfPageRenderer
{
    public const string Program = "pdftoppm";

    /// <summary>The long side of an A4 page, in points: the size assumed for a page whose own size cannot be read.</summary>
    private const double A4LongSidePoints = 842;

    /// <summary>Renders a page whose size PdfPig read, refusing it beforehand when it would exceed the pixel limit.</summary>
    public static PageImage Render(string path, int pageNumber, double widthPoints, double heightPoints, PageSourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var scale = limits.RenderDpi / 72.0;
        limits.CheckPixels(pageNumber, (long)Math.Ceiling(widthPoints * scale), (long)Math.Ceiling(heightPoints * scale));
        return Run(path, pageNumber, limits, ["-r", $"{limits.RenderDpi}"]);
    }

    /// <summary>
    /// Renders a page PdfPig could not parse (Poppler repairs more): its long side scaled to an A4 page's at the render
    /// resolution, since its own size is unknown and must not decide how many pixels are made.
    /// </summary>
    public static PageImage RenderUnparsed(string path, int pageNumber, PageSourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var longSide = (long)Math.Ceiling(A4LongSidePoints * limits.RenderDpi / 72.0);
        limits.CheckPixels(pageNumber, longSide, longSide);
        return Run(path, pageNumber, limits, ["-r", $"{limits.RenderDpi}", "-scale-to", $"{longSide}"]);
    }

    private static PageImage Run(string path, int pageNumber, PageSourceLimits limits, string[] size)
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in size.Concat(["-gray", "-f", $"{pageNumber}", "-l", $"{pageNumber}", "-singlefile", path]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new UnsupportedDocumentException(ReadFailures.RenderFailed, $"{Program} could not be started.");
        var errors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0 || output.Length == 0)
        {
            throw new UnsupportedDocumentException(
                ReadFailures.RenderFailed,
                $"Page {pageNumber} of the PDF cannot be rendered: {Program} said '{errors.GetAwaiter().GetResult().Trim()}' (exit code {process.ExitCode}).");
        }

        return PageImageDecoder.Decode(output.GetBuffer().AsSpan(0, (int)output.Length), pageNumber, limits, limits.RenderDpi);
    }
}
