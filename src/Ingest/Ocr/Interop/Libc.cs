using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Ocr.Interop;

/// <summary>The C library call the worker uses to keep native writes off its answer channel.</summary>
internal static partial class Libc
{
    [LibraryImport("libc.so.6", SetLastError = true)]
    public static partial int dup2(int oldFd, int newFd);
}
