using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Reading.Worker.Interop;

/// <summary>The C library call DocArchive uses: keeping the worker's native writes off its answer channel.</summary>
internal static partial class Libc
{
    private const string Library = "libc.so.6";

    [LibraryImport(Library, SetLastError = true)]
    public static partial int dup2(int oldFd, int newFd);
}
