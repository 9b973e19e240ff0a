using System.Runtime.InteropServices;

namespace DocArchive.Web.Commands;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM as a cancellation for a verb that can stop part-way, with the exit code a shell expects
/// of a program stopped by that signal: 130 for SIGINT, 143 for SIGTERM.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    public StopSignals()
    {
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, 130));
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, 143));
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => stop.Token;

    /// <summary>128 plus the number of the signal that stopped the verb; null while none came.</summary>
    public int? ExitCode { get; private set; }

    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        stop.Dispose();
    }

    private void Stop(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        ExitCode ??= exitCode;
        stop.Cancel();
    }
}
