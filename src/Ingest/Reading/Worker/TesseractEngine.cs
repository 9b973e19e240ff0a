using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Ingest.Reading.Worker;

/// <summary>One Tesseract engine, initialised once with the tessdata directory and languages, reading one image at a time.</summary>
internal sealed class TesseractEngine : IDisposable
{
    private const string WhitelistVariable = "tessedit_char_whitelist";
    private readonly SafeTessBaseApiHandle api;

    public TesseractEngine(string tessdataPath, string languages)
    {
        ArgumentException.ThrowIfNullOrEmpty(tessdataPath);
        ArgumentException.ThrowIfNullOrEmpty(languages);
        api = Tesseract.TessBaseAPICreate();
        if (api.IsInvalid)
        {
            api.Dispose();
            throw new OcrException("Tesseract could not create an engine.");
        }

        if (Tesseract.TessBaseAPIInit3(api, Path.GetFullPath(tessdataPath), languages) != 0)
        {
            api.Dispose();
            throw new OcrException($"Tesseract could not load the languages '{languages}' from '{tessdataPath}'.");
        }

        Languages = languages;
        TessdataPath = Path.GetFullPath(tessdataPath);
    }

    public string Languages { get; }

    public string TessdataPath { get; }

    /// <summary>Reads <paramref name="image"/> at <paramref name="resolution"/> dpi, only the whitelisted characters when one is given.</summary>
    public OcrReading Read(SafePixHandle image, int resolution, PageSegmentation segmentation, string? characterWhitelist = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        Tesseract.TessBaseAPISetPageSegMode(api, (int)segmentation);
        Tesseract.TessBaseAPISetVariable(api, WhitelistVariable, characterWhitelist ?? string.Empty);
        try
        {
            Tesseract.TessBaseAPISetImage2(api, image);
            Tesseract.TessBaseAPISetSourceResolution(api, resolution);

            if (Tesseract.TessBaseAPIRecognize(api, IntPtr.Zero) != 0)
            {
                throw new OcrException("Tesseract could not recognise the image.");
            }

            return TsvReading.Parse(Tesseract.TakeText(Tesseract.TessBaseAPIGetTsvText(api, 0)));
        }
        finally
        {
            Tesseract.TessBaseAPIClear(api);
            if (characterWhitelist is not null)
            {
                Tesseract.TessBaseAPISetVariable(api, WhitelistVariable, string.Empty);
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="image"/> and writes it as a one-page PDF to <c><paramref name="outputBase"/>.pdf</c>: the image
    /// with the recognised words as invisible text over them, as Tesseract's own PDF renderer makes it.
    /// </summary>
    public void RenderPdfPage(SafePixHandle image, int resolution, string outputBase)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var renderer = Tesseract.TessPDFRendererCreate(outputBase, TessdataPath, 0);
        if (renderer.IsInvalid || Tesseract.TessResultRendererBeginDocument(renderer, string.Empty) == 0)
        {
            throw new OcrException($"Tesseract could not start a PDF (is pdf.ttf in '{TessdataPath}'?).");
        }

        Tesseract.TessBaseAPISetPageSegMode(api, (int)PageSegmentation.Auto);
        try
        {
            Tesseract.TessBaseAPISetImage2(api, image);
            Tesseract.TessBaseAPISetSourceResolution(api, resolution);
            if (Tesseract.TessBaseAPIRecognize(api, IntPtr.Zero) != 0
                || Tesseract.TessResultRendererAddImage(renderer, api) == 0
                || Tesseract.TessResultRendererEndDocument(renderer) == 0)
            {
                throw new OcrException("Tesseract could not render the page as a searchable PDF.");
            }
        }
        finally
        {
            Tesseract.TessBaseAPIClear(api);
        }
    }

    public void Dispose() => api.Dispose();
}
