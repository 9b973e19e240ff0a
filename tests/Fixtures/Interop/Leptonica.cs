using System.Runtime.InteropServices;

namespace DocArchive.Fixtures.Interop;

/// <summary>The few Leptonica 1.82 calls fixtures need: read and write images in memory, rotate, blur, binarise.</summary>
internal static partial class Leptonica
{
    private const string Library = "liblept.so.5";

    public const int FormatPng = 3;
    public const int FormatTiffZip = 10;
    public const int FormatTiffG4 = 8;
    public const int FormatPnm = 11;
    public const int RotateAreaMap = 1;
    public const int BringInWhite = 1;
    public const int Clone = 2;

    [LibraryImport(Library, EntryPoint = "pixReadMem")]
    public static partial PixHandle PixReadMem(byte[] data, nuint size);

    [LibraryImport(Library, EntryPoint = "pixDestroy")]
    public static partial void PixDestroy(ref IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixSetResolution")]
    public static partial int PixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(Library, EntryPoint = "pixWriteMem")]
    public static partial int PixWriteMem(out IntPtr data, out nuint size, PixHandle pix, int format);

    [LibraryImport(Library, EntryPoint = "pixWriteMemJpeg")]
    public static partial int PixWriteMemJpeg(out IntPtr data, out nuint size, PixHandle pix, int quality, int progressive);

    [LibraryImport(Library, EntryPoint = "pixRotate")]
    public static partial PixHandle PixRotate(PixHandle pix, float radians, int type, int incolor, int width, int height);

    [LibraryImport(Library, EntryPoint = "pixRotateOrth")]
    public static partial PixHandle PixRotateOrth(PixHandle pix, int quads);

    [LibraryImport(Library, EntryPoint = "pixBlockconv")]
    public static partial PixHandle PixBlockconv(PixHandle pix, int halfWidth, int halfHeight);

    [LibraryImport(Library, EntryPoint = "pixConvertTo1")]
    public static partial PixHandle PixConvertTo1(PixHandle pix, int threshold);

    [LibraryImport(Library, EntryPoint = "pixaCreate")]
    public static partial PixaHandle PixaCreate(int capacity);

    [LibraryImport(Library, EntryPoint = "pixaAddPix")]
    public static partial int PixaAddPix(PixaHandle pixa, PixHandle pix, int copyFlag);

    [LibraryImport(Library, EntryPoint = "pixaDestroy")]
    public static partial void PixaDestroy(ref IntPtr pixa);

    [LibraryImport(Library, EntryPoint = "pixaWriteMemMultipageTiff")]
    public static partial int PixaWriteMemMultipageTiff(out IntPtr data, out nuint size, PixaHandle pixa);

    [LibraryImport(Library, EntryPoint = "lept_free")]
    public static partial void LeptFree(IntPtr data);

    /// <summary>Copies a buffer Leptonica allocated and frees it; throws when the call that made it failed.</summary>
    public static byte[] TakeBuffer(int status, IntPtr data, nuint size, string operation)
    {
        try
        {
            if (status != 0 || data == IntPtr.Zero)
            {
                throw new FixtureException($"Leptonica {operation} failed.");
            }

            var bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            if (data != IntPtr.Zero)
            {
                LeptFree(data);
            }
        }
    }
}
