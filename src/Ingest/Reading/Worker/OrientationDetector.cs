using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Ingest.Reading.Worker;

/// <summary>
/// Tesseract's orientation detection, on an engine initialised with <c>osd</c> alone (on a language engine it answers garbage).
/// </summary>
internal sealed class OrientationDetector : IDisposable
{
    private const string OsdLanguage = "osd";

    /// <summary>Below this OSD confidence the page is left as it is.</summary>
    private const float MinimumConfidence = 2f;

    private readonly SafeTessBaseApiHandle api;

    public OrientationDetector(string tessdataPath)
    {
        api = Tesseract.TessBaseAPICreate();
        if (api.IsInvalid || Tesseract.TessBaseAPIInit3(api, Path.GetFullPath(tessdataPath), OsdLanguage) != 0)
        {
            api.Dispose();
            throw new OcrException($"Tesseract could not load orientation detection ('{OsdLanguage}') from '{tessdataPath}'.");
        }
    }

    /// <summary>Clockwise quarter turns that make the image upright (0 to 3); 0 when unsure.</summary>
    public int QuarterTurnsToUpright(SafePixHandle image, int resolution)
    {
        ArgumentNullException.ThrowIfNull(image);
        try
        {
            Tesseract.TessBaseAPISetPageSegMode(api, 0);
            Tesseract.TessBaseAPISetImage2(api, image);
            Tesseract.TessBaseAPISetSourceResolution(api, resolution);
            var found = Tesseract.TessBaseAPIDetectOrientationScript(api, out var degrees, out var confidence, out _, out _) != 0;
            return found && confidence >= MinimumConfidence ? (4 - (degrees / 90)) % 4 : 0;
        }
        finally
        {
            Tesseract.TessBaseAPIClear(api);
        }
    }

    public void Dispose() => api.Dispose();
}
