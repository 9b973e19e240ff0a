using System.Diagnostics;
using System.Globalization;
using DocArchive.Ingest.Reading.Protocol;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Reading;

/// <summary>The pool's side of one worker process: its pipes, its time limit, its stderr in the logs.</summary>
internal sealed class OcrWorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private string lastError = string.Empty;

    private OcrWorkerProcess(Process process, ILogger logger)
    {
        this.process = process;
        this.logger = logger;
        ProcessId = process.Id;
    }

    public int ProcessId { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The page this worker last answered about (see <see cref="OcrWorkerPool"/>), which it still holds decoded.</summary>
    public string? LastPage { get; set; }

    public static async Task<OcrWorkerProcess> StartAsync(
        OcrWorkerLaunch launch, WorkerSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var start = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // OpenMP threads fight each other across workers; the native environment must have the limit from the start.
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        // Pages are read on whichever thread-pool thread takes the request, and glibc gives threads their own malloc
        // arenas: each kept Tesseract's freed page buffers, and a worker grew from 215 to 307 MB over 43 pages. One arena
        // costs nothing here (one page at a time) and keeps it at 216 MB.
        start.Environment["MALLOC_ARENA_MAX"] = "1";
        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            throw new WorkerLostException($"the OCR worker '{launch.FileName}' could not be started: {e.Message}");
        }

        var worker = new OcrWorkerProcess(process, logger);
        try
        {
            process.ErrorDataReceived += worker.OnError;
            process.BeginErrorReadLine();
            logger.OcrWorkerStarted(worker.ProcessId, launch.FileName);
            await WorkerChannel.WriteAsync(process.StandardInput.BaseStream, settings, WorkerJsonContext.Default.WorkerSettings, cancellationToken)
                .ConfigureAwait(false);
            return worker;
        }
        catch (IOException e)
        {
            worker.Dispose();
            throw new WorkerLostException($"the OCR worker stopped at start: {e.Message}");
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    /// <summary>Sends one request and waits for its answer at most <paramref name="timeout"/>; on any failure the process is killed.</summary>
    public async Task<WorkerResponse> SendAsync(WorkerRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task<WorkerResponse?>? answer = null;
        try
        {
            await WorkerChannel.WriteAsync(process.StandardInput.BaseStream, request, WorkerJsonContext.Default.WorkerRequest, cancellationToken)
                .ConfigureAwait(false);
            answer = WorkerChannel.ReadAsync(process.StandardOutput.BaseStream, WorkerJsonContext.Default.WorkerResponse, CancellationToken.None);
            var response = await answer.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return response ?? throw new WorkerLostException(await DeathReasonAsync().ConfigureAwait(false));
        }
        catch (TimeoutException)
        {
            Kill();
            throw new WorkerLostException($"the OCR worker did not answer within {timeout.TotalSeconds:0.#} s and was killed", ReadFailures.Timeout);
        }
        catch (IOException e)
        {
            Kill();
            throw new WorkerLostException($"the OCR worker's pipe broke ({e.Message}); {await DeathReasonAsync().ConfigureAwait(false)}");
        }
        catch (InvalidDataException e)
        {
            Kill();
            throw new WorkerLostException(e.Message);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
        finally
        {
            if (answer is { IsCompleted: false })
            {
                // The process is dead: its pipe closes and the pending read ends by itself.
                _ = answer.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            }
        }
    }

    /// <summary>The most memory the worker has held (VmHWM), in bytes; 0 when /proc does not say.</summary>
    public long PeakMemoryBytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{ProcessId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kilobytes is null ? 0 : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The CPU time (user and system) the worker has used so far; zero once it has exited.</summary>
    public TimeSpan ProcessorTime()
    {
        try
        {
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(TimeSpan.FromSeconds(2)))
                {
                    Kill();
                }
            }
        }
        catch (IOException)
        {
            Kill();
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private async Task<string> DeathReasonAsync()
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }

        lock (gate)
        {
            var how = process.HasExited ? $"exit code {process.ExitCode}" : "no exit";
            return $"the OCR worker died ({how}){(lastError.Length > 0 ? $": {lastError}" : string.Empty)}";
        }
    }

    private void OnError(object sender, DataReceivedEventArgs e)
    {
        if (string.IsNullOrWhiteSpace(e.Data))
        {
            return;
        }

        lock (gate)
        {
            lastError = e.Data.Trim();
        }

        logger.OcrWorkerOutput(ProcessId, e.Data);
    }
}
