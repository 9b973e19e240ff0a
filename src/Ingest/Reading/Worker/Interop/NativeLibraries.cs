using System.Reflection;
using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Reading.Worker.Interop;

/// <summary>
/// Resolves libtesseract and Leptonica explicitly: the configured path, then Debian's versioned names, then default probing.
/// </summary>
internal static class NativeLibraries
{
    private static readonly Lock Gate = new();
    private static string? tesseractPath;
    private static string? leptonicaPath;
    private static bool installed;

    /// <summary>Installs the resolver once per process; later calls may only repeat the same paths.</summary>
    public static void Configure(string? tesseractLibrary, string? leptonicaLibrary)
    {
        lock (Gate)
        {
            if (installed)
            {
                if (tesseractLibrary != tesseractPath || leptonicaLibrary != leptonicaPath)
                {
                    throw new InvalidOperationException("The native OCR libraries were already resolved with other paths in this process.");
                }

                return;
            }

            tesseractPath = tesseractLibrary;
            leptonicaPath = leptonicaLibrary;
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
            installed = true;
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var (configured, versioned) = libraryName switch
        {
            Tesseract.Library => (tesseractPath, "libtesseract.so.5"),
            Leptonica.Library => (leptonicaPath, "liblept.so.5"),
            _ => (null, null),
        };
        if (versioned is null)
        {
            return IntPtr.Zero;
        }

        if (!string.IsNullOrEmpty(configured))
        {
            return NativeLibrary.Load(configured);
        }

        if (NativeLibrary.TryLoad(versioned, out var loaded))
        {
            return loaded;
        }

        return NativeLibrary.TryLoad(libraryName, assembly, searchPath, out loaded) ? loaded : IntPtr.Zero;
    }
}
