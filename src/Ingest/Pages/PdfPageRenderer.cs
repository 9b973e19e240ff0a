using System.Diagnostics;

namespace DocArchive.Ingest.Pages;

/// <summary>Renders one PDF page with Debian's <c>pdftoppm</c> to gray PGM (never PNG: its compression costs seconds a page).</summary>
internal static class PdfPageRenderer
{
    public const string Program = "pdftoppm";

    public static PageImage Render(string path, int pageNumber, double widthPoints, double heightPoints, PageSourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var scale = limits.RenderDpi / 72.0;
        limits.CheckPixels(pageNumber, (long)Math.Ceiling(widthPoints * scale), (long)Math.Ceiling(heightPoints * scale));
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-r", $"{limits.RenderDpi}", "-gray", "-f", $"{pageNumber}", "-l", $"{pageNumber}", "-singlefile", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new UnsupportedDocumentException($"{Program} could not be started.");
        var errors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0 || output.Length == 0)
        {
            throw new UnsupportedDocumentException(
                $"Page {pageNumber} of the PDF cannot be rendered: {Program} said '{errors.GetAwaiter().GetResult().Trim()}' (exit code {process.ExitCode}).");
        }

        return PageImageDecoder.Decode(output.GetBuffer().AsSpan(0, (int)output.Length), pageNumber, limits, limits.RenderDpi);
    }
}
