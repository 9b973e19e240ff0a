using System.Runtime.InteropServices;

namespace DocArchive.Tools.Reading;

/// <summary>The CPU time of this process's ended children, as the C library counts it.</summary>
internal static partial class EndedChildren
{
    private const string Library = "libc.so.6";

    /// <summary><c>RUSAGE_CHILDREN</c>: the usage of every child process that has ended and been waited for.</summary>
    private const int UsageOfChildren = -1;

    /// <summary><c>struct rusage</c> on 64-bit Linux: two <c>timeval</c>s (user, system) and fourteen longs.</summary>
    private const int UsageLongs = 18;

    /// <summary>The CPU time (user and system) of every child process that has ended and been waited for.</summary>
    public static TimeSpan ProcessorTime()
    {
        Span<long> usage = stackalloc long[UsageLongs];
        if (getrusage(UsageOfChildren, usage) != 0)
        {
            throw new InvalidOperationException($"getrusage failed with error {Marshal.GetLastPInvokeError()}.");
        }

        return TimeSpan.FromSeconds(usage[0] + usage[2]) + TimeSpan.FromMicroseconds(usage[1] + usage[3]);
    }

    [LibraryImport(Library, SetLastError = true)]
    private static partial int getrusage(int who, Span<long> usage);
}
