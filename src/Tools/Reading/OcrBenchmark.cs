using System.Diagnostics;
using System.Globalization;
using DocArchive.Ingest;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DocArchive.Tools.Reading;

/// <summary>
/// <c>bench ocr FILES</c>: the files' page images OCRed through the worker pool (1 worker, then one per core) and through
/// the <c>tesseract</c> command line, one process per page, on the same images and languages.
/// </summary>
public static class OcrBenchmark
{
    public const string Usage = "usage: docarchive bench ocr FILES...";

    public static async Task<int> RunAsync(IReadOnlyList<string> files, IngestOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        if (files.Count == 0)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        if (new OcrOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            await output.WriteLineAsync(invalid.FailureMessage).ConfigureAwait(false);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("docarchive-bench-");
        try
        {
            var images = await ExtractPagesAsync(files, options, work.FullName, output).ConfigureAwait(false);
            if (images.Count == 0)
            {
                await output.WriteLineAsync("No page could be taken out of the files.").ConfigureAwait(false);
                return 1;
            }

            await output.WriteLineAsync(
                $"{images.Count} page images, languages {options.Languages}, {Environment.ProcessorCount} cores, load average {LoadAverage()}").ConfigureAwait(false);
            var cores = Environment.ProcessorCount;
            var one = await PoolAsync(images, options, 1, cancellationToken).ConfigureAwait(false);
            await Report(output, "pool, 1 worker", one).ConfigureAwait(false);
            var many = await PoolAsync(images, options, cores, cancellationToken).ConfigureAwait(false);
            await Report(output, $"pool, {cores} workers", many).ConfigureAwait(false);
            var cli = await CommandLineAsync(images, options, cancellationToken).ConfigureAwait(false);
            await Report(output, "tesseract command line", cli).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant(
                $"pool@1 / command line: {one.PagesPerSecond / cli.PagesPerSecond:0.00}x (target >= 1.15x); in CPU time a page {cli.CpuSeconds / one.CpuSeconds:0.00}x")).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant($"pool@{cores} / pool@1:       {many.PagesPerSecond / one.PagesPerSecond:0.00}x (target >= 1.8x)")).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant($"max memory per worker:  {Math.Max(one.PeakMegabytes, many.PeakMegabytes):0} MB (target < 300 MB)")).ConfigureAwait(false);
            await output.WriteLineAsync($"load average at the end: {LoadAverage()} (other processes slow every figure but the CPU time)").ConfigureAwait(false);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>One configuration's run: wall time, the workers' stage times and CPU time (summed), the largest worker.</summary>
    private sealed record Run(int Pages, TimeSpan Elapsed, double DecodeSeconds, double OcrSeconds, TimeSpan Cpu, double PeakMegabytes)
    {
        public double PagesPerSecond => Pages / Elapsed.TotalSeconds;

        /// <summary>CPU seconds a page: unlike the wall time, barely changed by other processes sharing the cores.</summary>
        public double CpuSeconds => Cpu.TotalSeconds / Pages;
    }

    /// <summary>
    /// Every page's image, as the reader would OCR it, written to an uncompressed (or G4) TIFF; the largest pages first, so
    /// that the workers share a batch's end evenly instead of one reading the last large page alone.
    /// </summary>
    private static async Task<List<string>> ExtractPagesAsync(IReadOnlyList<string> files, IngestOptions options, string directory, TextWriter output)
    {
        var images = new List<(string Path, long Pixels)>();
        foreach (var file in files)
        {
            try
            {
                images.AddRange(PageTiffs.Write(file, options, directory, images.Count + 1));
            }
            catch (Exception e) when (e is UnsupportedDocumentException or IOException)
            {
                await output.WriteLineAsync($"skipped {file}: {e.Message}").ConfigureAwait(false);
            }
        }

        return [.. images.OrderByDescending(i => i.Pixels).Select(i => i.Path)];
    }

    private static async Task<Run> PoolAsync(IReadOnlyList<string> images, IngestOptions options, int workers, CancellationToken cancellationToken)
    {
        var poolOptions = new IngestOptions
        {
            TessdataPath = options.TessdataPath,
            Languages = options.Languages,
            OcrWorkers = workers,
            PageTimeout = options.PageTimeout,
            MaxPagePixels = options.MaxPagePixels,
            RenderDpi = options.RenderDpi,
            TesseractLibrary = options.TesseractLibrary,
            LeptonicaLibrary = options.LeptonicaLibrary,
            OcrWorkerPath = options.OcrWorkerPath,
        };
        using var pool = new OcrWorkerPool(Options.Create(poolOptions), NullLogger<OcrWorkerPool>.Instance);

        // Start every worker (engine loaded once per process) before the clock runs, as a long-lived server has.
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => pool.CountPagesAsync(images[0], ContentTypes.Tiff, cancellationToken))).ConfigureAwait(false);
        var next = -1;
        var decode = 0.0;
        var ocr = 0.0;
        var cpu = pool.WorkerProcessorTime();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < images.Count; i = Interlocked.Increment(ref next))
            {
                var response = await pool.ReadWithTimingsAsync(images[i], ContentTypes.Tiff, 1, cancellationToken).ConfigureAwait(false);
                lock (images)
                {
                    decode += response.DecodeMilliseconds / 1000;
                    ocr += response.OcrMilliseconds / 1000;
                }
            }
        })).ConfigureAwait(false);
        clock.Stop();
        var peak = pool.PeakWorkerMemory().DefaultIfEmpty(0).Max() / (1024.0 * 1024.0);
        return new Run(images.Count, clock.Elapsed, decode, ocr, pool.WorkerProcessorTime() - cpu, peak);
    }

    private static async Task<Run> CommandLineAsync(IReadOnlyList<string> images, IngestOptions options, CancellationToken cancellationToken)
    {
        var cpu = EndedChildren.ProcessorTime();
        var clock = Stopwatch.StartNew();
        foreach (var image in images)
        {
            var start = new ProcessStartInfo("tesseract")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { image, "stdout", "--tessdata-dir", Path.GetFullPath(options.TessdataPath), "-l", options.Languages, "--psm", "3" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["OMP_THREAD_LIMIT"] = "1";
            using var process = Process.Start(start) ?? throw new OcrException("The tesseract command could not be started.");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new OcrException($"tesseract failed on {image}: {await errors.ConfigureAwait(false)}");
            }
        }

        clock.Stop();
        return new Run(images.Count, clock.Elapsed, 0, clock.Elapsed.TotalSeconds, EndedChildren.ProcessorTime() - cpu, 0);
    }

    private static Task Report(TextWriter output, string name, Run run) => output.WriteLineAsync(Invariant(
        $"{name,-24} {run.Pages} pages in {run.Elapsed.TotalSeconds:0.0} s = {run.PagesPerSecond:0.000} pages/s, CPU {run.CpuSeconds:0.00} s a page (decode {run.DecodeSeconds:0.0} s, OCR {run.OcrSeconds:0.0} s summed over workers){(run.PeakMegabytes > 0 ? $", peak {run.PeakMegabytes:0} MB per worker" : string.Empty)}"));

    /// <summary>The 1, 5 and 15-minute load averages, as the kernel tells them.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
