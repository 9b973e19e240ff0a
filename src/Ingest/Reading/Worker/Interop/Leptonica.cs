using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Reading.Worker.Interop;

/// <summary>
/// Leptonica's image functions as far as DocArchive uses them: the OCR worker's decoding and page correction, and the
/// test fixtures' encoding and degradation of rendered pages.
/// </summary>
internal static partial class Leptonica
{
    public const string Library = "lept";

    /// <summary>Leptonica's <c>IFF_TIFF</c>: uncompressed TIFF.</summary>
    public const int FormatTiff = 4;

    /// <summary>Leptonica's <c>IFF_TIFF_G4</c>.</summary>
    public const int FormatTiffG4 = 8;

    /// <summary>Leptonica's <c>IFF_PNG</c>.</summary>
    public const int FormatPng = 3;

    /// <summary>Leptonica's <c>IFF_JFIF_JPEG</c>.</summary>
    public const int FormatJpeg = 2;

    /// <summary>Leptonica's <c>IFF_PNM</c>.</summary>
    public const int FormatPnm = 11;

    /// <summary><c>L_ROTATE_AREA_MAP</c> for <see cref="pixRotate"/>: each pixel from the area it covers (smooth, slower).</summary>
    public const int RotateAreaMap = 1;

    /// <summary><c>L_ROTATE_SHEAR</c> for <see cref="pixRotate"/>.</summary>
    public const int RotateShear = 2;

    /// <summary><c>L_BRING_IN_WHITE</c> for <see cref="pixRotate"/>.</summary>
    public const int BringInWhite = 1;

    /// <summary><c>L_CLONE</c>: a PIXA holds another reference, not a copy.</summary>
    public const int Clone = 2;

    /// <summary><c>L_SEVERITY_WARNING</c> for <see cref="setMsgSeverity"/>: warnings and errors reach standard error, information does not.</summary>
    public const int SeverityWarning = 4;

    /// <summary>The least severe of Leptonica's messages that is still written to standard error; returns the one before.</summary>
    [LibraryImport(Library)]
    public static partial int setMsgSeverity(int severity);

    [LibraryImport(Library)]
    public static partial SafePixHandle pixReadMem(ReadOnlySpan<byte> data, nuint size);

    [LibraryImport(Library)]
    public static partial SafePixHandle pixReadMemTiff(ReadOnlySpan<byte> data, nuint size, int index);

    [LibraryImport(Library)]
    public static partial int pixReadHeaderMem(
        ReadOnlySpan<byte> data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int hasColormap);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref IntPtr pix);

    /// <summary>Another reference to the same image (Leptonica counts references).</summary>
    [LibraryImport(Library)]
    public static partial SafePixHandle pixClone(SafePixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetWidth(SafePixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetHeight(SafePixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetDepth(SafePixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetXRes(SafePixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixSetResolution(SafePixHandle pix, int xres, int yres);

    /// <summary>The skew of a 1-bpp image: the angle in degrees that <see cref="pixRotate"/> turns it by to deskew, and Leptonica's confidence; 0 on success.</summary>
    [LibraryImport(Library)]
    public static partial int pixFindSkew(SafePixHandle pix, out float angle, out float confidence);

    [LibraryImport(Library)]
    public static partial SafePixHandle pixRotateOrth(SafePixHandle pix, int quadrants);

    /// <summary>Rotates by <paramref name="radians"/> clockwise with the given method and background, keeping the size when both are 0.</summary>
    [LibraryImport(Library)]
    public static partial SafePixHandle pixRotate(SafePixHandle pix, float radians, int type, int incolor, int width, int height);

    [LibraryImport(Library)]
    public static partial SafePixHandle pixScale(SafePixHandle pix, float scaleX, float scaleY);

    /// <summary>A BOX to pass to <see cref="pixClipRectangle"/>; freed with <see cref="boxDestroy"/>.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr boxCreate(int x, int y, int width, int height);

    [LibraryImport(Library)]
    public static partial void boxDestroy(ref IntPtr box);

    /// <summary>A new image of the part of <paramref name="pix"/> inside <paramref name="box"/> (clipped to the image).</summary>
    [LibraryImport(Library)]
    public static partial SafePixHandle pixClipRectangle(SafePixHandle pix, IntPtr box, IntPtr clippedBox);

    [LibraryImport(Library)]
    public static partial SafePixHandle pixConvertTo8(SafePixHandle pix, int colormapFlag);

    /// <summary>A 1-bit image scaled down (<paramref name="scale"/> below 1) to 8-bit grey, each pixel from the area it covers.</summary>
    [LibraryImport(Library)]
    public static partial SafePixHandle pixScaleToGray(SafePixHandle pix, float scale);

    /// <summary>The grey value at <paramref name="rank"/> (0 darkest, 1 lightest), sampling every <paramref name="factor"/>th pixel.</summary>
    [LibraryImport(Library)]
    public static partial int pixGetRankValue(SafePixHandle pix, int factor, float rank, out uint value);

    /// <summary>The bounding boxes of a 1-bit image's connected components, as a BOXA freed with <see cref="boxaDestroy"/>.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixConnCompBB(SafePixHandle pix, int connectivity);

    [LibraryImport(Library)]
    public static partial int boxaGetCount(IntPtr boxa);

    [LibraryImport(Library)]
    public static partial int boxaGetBoxGeometry(IntPtr boxa, int index, out int x, out int y, out int width, out int height);

    [LibraryImport(Library)]
    public static partial void boxaDestroy(ref IntPtr boxa);

    [LibraryImport(Library)]
    public static partial SafePixHandle pixBlockconv(SafePixHandle pix, int halfWidth, int halfHeight);

    [LibraryImport(Library)]
    public static partial SafePixHandle pixConvertTo1(SafePixHandle pix, int threshold);

    [LibraryImport(Library)]
    public static partial int pixWriteMem(out IntPtr data, out nuint size, SafePixHandle pix, int format);

    [LibraryImport(Library)]
    public static partial int pixWriteMemJpeg(out IntPtr data, out nuint size, SafePixHandle pix, int quality, int progressive);

    [LibraryImport(Library)]
    public static partial SafePixaHandle pixaCreate(int capacity);

    [LibraryImport(Library)]
    public static partial int pixaAddPix(SafePixaHandle pixa, SafePixHandle pix, int copyFlag);

    [LibraryImport(Library)]
    public static partial void pixaDestroy(ref IntPtr pixa);

    [LibraryImport(Library)]
    public static partial int pixaWriteMemMultipageTiff(out IntPtr data, out nuint size, SafePixaHandle pixa);

    [LibraryImport(Library)]
    public static partial void lept_free(IntPtr data);

    /// <summary>Encodes an image in memory (<paramref name="format"/> is one of the <c>Format</c> constants).</summary>
    public static byte[] WriteMemory(SafePixHandle pix, int format) =>
        TakeBuffer(pixWriteMem(out var data, out var size, pix, format), data, size, $"pixWriteMem({format})");

    /// <summary>Copies a buffer Leptonica allocated and frees it; throws when the call that made it failed.</summary>
    public static byte[] TakeBuffer(int status, IntPtr data, nuint size, string operation)
    {
        try
        {
            if (status != 0 || data == IntPtr.Zero)
            {
                throw new InvalidOperationException($"Leptonica {operation} failed.");
            }

            var bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            if (data != IntPtr.Zero)
            {
                lept_free(data);
            }
        }
    }
}
