using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>A decoded page image and the resolution it was scanned or rendered at (0 when nothing says).</summary>
internal sealed class PageImage(SafePixHandle pix, int resolution) : IDisposable
{
    public SafePixHandle Pix { get; } = pix;

    public int Resolution { get; } = resolution;

    public int Width => Leptonica.pixGetWidth(Pix);

    public int Height => Leptonica.pixGetHeight(Pix);

    /// <summary>Takes ownership of <paramref name="pix"/>, reading its resolution from the image itself.</summary>
    public static PageImage FromPix(SafePixHandle pix) => new(pix, Leptonica.pixGetXRes(pix));

    public void Dispose() => Pix.Dispose();
}
