using System.Buffers.Binary;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;

namespace DocArchive.ReadingWorker;

/// <summary>
/// A worker that crashes or hangs for the tests of the pool and of the nodes: a request about a file whose path contains
/// <see cref="PathContains"/> (a page count aside) makes it misbehave, the first <see cref="Times"/> times across every
/// worker of its launcher (0: every time), each time taken by a marker file in <see cref="Directory"/>.
/// </summary>
public sealed record WorkerFault(WorkerFaultKind Kind, string PathContains, int Times, string Directory)
{
    private const string Marker = "fault-";

    /// <summary>How many times a worker misbehaved so far (counted only when <see cref="Times"/> is set).</summary>
    public int Strikes => System.IO.Directory.GetFiles(Directory, Marker + "*").Length;

    /// <summary>The fault given after the <c>ocr-worker</c> verb by <see cref="WriteLauncher"/>, or null for a worker without one.</summary>
    public static WorkerFault? Parse(string[] arguments) => arguments is [var kind, var pathContains, var times, var directory]
        ? new WorkerFault(Enum.Parse<WorkerFaultKind>(kind), pathContains, int.Parse(times, CultureInfo.InvariantCulture), directory)
        : null;

    /// <summary>
    /// Writes into <see cref="Directory"/> a program to set as the pool's <c>OcrWorkerPath</c>: it runs this reading worker
    /// with this fault. Returns its path.
    /// </summary>
    public string WriteLauncher()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "DocArchive.ReadingWorker.dll");
        var launcher = Path.Combine(Directory, "faulty-worker.sh");
        File.WriteAllText(launcher, string.Create(
            CultureInfo.InvariantCulture,
            $"#!/bin/sh\nexec \"${{DOTNET_HOST_PATH:-dotnet}}\" '{program}' \"$@\" {Kind} '{PathContains}' {Times} '{Directory}'\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return launcher;
    }

    /// <summary>The requests of <paramref name="requests"/> as the worker reads them, with this fault struck before the ones it concerns.</summary>
    public Stream Filter(Stream requests)
    {
        var pipe = new Pipe();
        _ = Task.Run(() => RelayAsync(requests, pipe.Writer));
        return pipe.Reader.AsStream();
    }

    /// <summary>Passes on message after message (a 4-byte length and the JSON), striking first where the fault applies.</summary>
    private async Task RelayAsync(Stream requests, PipeWriter worker)
    {
        var length = new byte[4];
        while (await requests.ReadAtLeastAsync(length, 4, throwOnEndOfStream: false) == 4)
        {
            var message = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
            await requests.ReadExactlyAsync(message);
            if (Concerns(message) && TakeTurn())
            {
                Strike();
            }

            await worker.WriteAsync(length);
            await worker.WriteAsync(message);
        }

        await worker.CompleteAsync();
    }

    private bool Concerns(byte[] message)
    {
        using var json = JsonDocument.Parse(message);
        var request = json.RootElement;
        return request.TryGetProperty("Path", out var path) && request.GetProperty("Kind").GetString() != "CountPages"
            && path.GetString()!.Contains(PathContains, StringComparison.Ordinal);
    }

    /// <summary>Whether this request is one of the first <see cref="Times"/>: the first worker to create a marker takes that turn.</summary>
    private bool TakeTurn()
    {
        for (var turn = 1; turn <= Times; turn++)
        {
            try
            {
                using var marker = new FileStream(Path.Combine(Directory, Marker + turn.ToString(CultureInfo.InvariantCulture)), FileMode.CreateNew);
                return true;
            }
            catch (IOException)
            {
                // Another request took this turn.
            }
        }

        return Times == 0;
    }

    private void Strike()
    {
        if (Kind == WorkerFaultKind.Crash)
        {
            Environment.FailFast("The test worker crashes, as its fault asks.");
        }

        Thread.Sleep(Timeout.Infinite);
    }
}
