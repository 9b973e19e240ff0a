using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Reading.Worker.Interop;

/// <summary>The Tesseract C API (<c>capi.h</c>) as far as DocArchive uses it.</summary>
internal static partial class Tesseract
{
    public const string Library = "tesseract";

    [LibraryImport(Library)]
    public static partial IntPtr TessVersion();

    [LibraryImport(Library)]
    public static partial SafeTessBaseApiHandle TessBaseAPICreate();

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit3(SafeTessBaseApiHandle handle, string dataPath, string language);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(SafeTessBaseApiHandle handle, int mode);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(SafeTessBaseApiHandle handle, string name, string value);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage2(SafeTessBaseApiHandle handle, SafePixHandle pix);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(SafeTessBaseApiHandle handle, int ppi);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(SafeTessBaseApiHandle handle, IntPtr monitor);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetTsvText(SafeTessBaseApiHandle handle, int pageNumber);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIClear(SafeTessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial void TessDeleteText(IntPtr text);

    /// <summary>The script name it answers is static: never free it.</summary>
    [LibraryImport(Library)]
    public static partial int TessBaseAPIDetectOrientationScript(
        SafeTessBaseApiHandle handle, out int orientationDegrees, out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);

    /// <summary>A renderer writing <c>OUTPUTBASE.pdf</c>: page images with an invisible text layer (glyphs from <c>pdf.ttf</c> in <paramref name="dataPath"/>).</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial SafeTessResultRendererHandle TessPDFRendererCreate(string outputBase, string dataPath, int textOnly);

    [LibraryImport(Library)]
    public static partial void TessDeleteResultRenderer(IntPtr renderer);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessResultRendererBeginDocument(SafeTessResultRendererHandle renderer, string title);

    /// <summary>Adds the engine's current image and its last recognition as a page.</summary>
    [LibraryImport(Library)]
    public static partial int TessResultRendererAddImage(SafeTessResultRendererHandle renderer, SafeTessBaseApiHandle api);

    [LibraryImport(Library)]
    public static partial int TessResultRendererEndDocument(SafeTessResultRendererHandle renderer);

    /// <summary>Reads a text Tesseract allocated and frees it, whatever happens.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return string.Empty;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text) ?? string.Empty;
        }
        finally
        {
            TessDeleteText(text);
        }
    }
}
