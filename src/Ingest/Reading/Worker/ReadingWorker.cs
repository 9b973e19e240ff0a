using System.Runtime.InteropServices;
using DocArchive.Ingest.Reading.Protocol;
using DocArchive.Ingest.Reading.Worker.Interop;
using DocArchive.Ingest.Reading.Worker.Pages;

namespace DocArchive.Ingest.Reading.Worker;

/// <summary>
/// The reading worker process, which the pool starts as <c>docarchive ocr-worker</c>: one engine, initialised once, fed
/// requests on standard input and answering on standard output. Everything else (native warnings, stray console writes)
/// is moved to standard error first; Leptonica's informational messages are not written at all.
/// </summary>
public static class ReadingWorker
{
    private const int StandardOutput = 1;
    private const int StandardError = 2;

    /// <summary>Whether the command line is the one the pool starts its workers with.</summary>
    public static bool IsRequestedBy(string[] args) => args is [OcrWorkerLaunch.Verb, ..];

    /// <summary>Serves the requests of <paramref name="requests"/> (the pool's, on standard input) until it ends; the exit code of the worker process.</summary>
    public static async Task<int> RunAsync(Stream requests, CancellationToken cancellationToken)
    {
        // Ctrl+C in a terminal and a service manager's SIGTERM reach the whole process group: the pool decides when its
        // workers end (it closes their input or kills them), so a page being read is not lost as a failure first.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, static context => context.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, static context => context.Cancel = true);
        await using var answers = TakeStandardOutput();
        var settings = await WorkerChannel.ReadAsync(requests, WorkerJsonContext.Default.WorkerSettings, cancellationToken).ConfigureAwait(false);
        if (settings is null)
        {
            return 0;
        }

        NativeLibraries.Configure(settings.TesseractLibrary, settings.LeptonicaLibrary);
        Leptonica.setMsgSeverity(Leptonica.SeverityWarning);
        using var engine = new TesseractEngine(settings.TessdataPath, settings.Languages);
        using var orientation = new OrientationDetector(settings.TessdataPath);
        var bandEngine = new Lazy<TesseractEngine>(() => new TesseractEngine(settings.TessdataPath, BandLanguage(settings.Languages)));
        try
        {
            using var handler = new WorkerRequestHandler(
                new PageRecognizer(engine, orientation, bandEngine), new PageSourceLimits(settings.MaxPagePixels, settings.RenderDpi));
            await ServeAsync(handler, requests, answers, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (bandEngine.IsValueCreated)
            {
                bandEngine.Value.Dispose();
            }
        }

        return 0;
    }

    /// <summary>English when configured (its model has every MRZ character), otherwise the first configured language.</summary>
    private static string BandLanguage(string languages)
    {
        var all = languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return all.Contains("eng", StringComparer.Ordinal) ? "eng" : all[0];
    }

    private static async Task ServeAsync(WorkerRequestHandler handler, Stream requests, Stream answers, CancellationToken cancellationToken)
    {
        while (await WorkerChannel.ReadAsync(requests, WorkerJsonContext.Default.WorkerRequest, cancellationToken).ConfigureAwait(false) is { } request)
        {
            var response = handler.Handle(request);
            await WorkerChannel.WriteAsync(answers, response, WorkerJsonContext.Default.WorkerResponse, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Keeps a private descriptor for answers (.NET opens standard output as a duplicate of descriptor 1), then points
    /// descriptor 1 and Console.Out at standard error.
    /// </summary>
    private static Stream TakeStandardOutput()
    {
        var answers = Console.OpenStandardOutput();
        if (Libc.dup2(StandardError, StandardOutput) < 0)
        {
            answers.Dispose();
            throw new IOException("The OCR worker could not separate its answers from standard output.");
        }

        Console.SetOut(Console.Error);
        return answers;
    }
}
