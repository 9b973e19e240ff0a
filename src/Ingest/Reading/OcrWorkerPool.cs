using DocArchive.Ingest.Reading.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Reading;

/// <summary>
/// Reads documents through long-lived OCR worker processes, started lazily up to <see cref="IngestOptions.OcrWorkers"/>.
/// A worker that dies or passes the page time limit is killed and replaced, and its request is retried once. A request
/// about a page goes to the idle worker that last read that page when there is one: it still holds the page decoded.
/// </summary>
public sealed class OcrWorkerPool : IDocumentReader, IDisposable
{
    private readonly IngestOptions options;
    private readonly ILogger<OcrWorkerPool> logger;
    private readonly SemaphoreSlim slots;
    private readonly List<OcrWorkerProcess> idle = [];
    private readonly Lazy<OcrWorkerLaunch> launch;
    private readonly WorkerSettings settings;
    private volatile bool disposed;

    public OcrWorkerPool(IOptions<IngestOptions> options, ILogger<OcrWorkerPool> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        slots = new SemaphoreSlim(this.options.OcrWorkers, this.options.OcrWorkers);
        launch = new Lazy<OcrWorkerLaunch>(() => OcrWorkerLaunch.Resolve(this.options.OcrWorkerPath));
        settings = WorkerSettings.From(this.options);
    }

    public async Task<int> CountPagesAsync(string path, string contentType, CancellationToken cancellationToken)
    {
        var response = await SendAsync(new WorkerRequest(WorkerRequestKind.CountPages, Path.GetFullPath(path), contentType), cancellationToken)
            .ConfigureAwait(false);
        return response.PageCount;
    }

    public async Task<ActiveContent> FindActiveContentAsync(string path, string contentType, CancellationToken cancellationToken)
    {
        var response = await SendAsync(new WorkerRequest(WorkerRequestKind.ActiveContent, Path.GetFullPath(path), contentType), cancellationToken)
            .ConfigureAwait(false);
        return response.ActiveContent;
    }

    public async Task<PageText> ReadPageAsync(string path, string contentType, int pageNumber, CancellationToken cancellationToken)
    {
        var response = await ReadWithTimingsAsync(path, contentType, pageNumber, cancellationToken).ConfigureAwait(false);
        return response.Page!;
    }

    public async Task<PageText> ReadRegionAsync(
        string path, string contentType, int pageNumber, BoundingBox region, string characterWhitelist, RegionScale scale,
        CancellationToken cancellationToken)
    {
        var request = new WorkerRequest(
            WorkerRequestKind.ReadRegion, Path.GetFullPath(path), contentType, pageNumber, region, characterWhitelist, Scale: scale);
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var page = response.Page ?? throw new PageReadException(ReadFailures.OcrFailed, $"Page {pageNumber}: the OCR worker answered without text.");
        logger.BandRead(request.Path, pageNumber, scale.Enlargement, scale.Across, response.DecodeMilliseconds, response.OcrMilliseconds, page.Confidence);
        return page;
    }

    /// <summary>OCRs one page from its image and writes it as a one-page searchable PDF to <c><paramref name="outputBase"/>.pdf</c>.</summary>
    public async Task RenderSearchablePageAsync(string path, string contentType, int pageNumber, string outputBase, CancellationToken cancellationToken)
    {
        var request = new WorkerRequest(
            WorkerRequestKind.SearchablePage, Path.GetFullPath(path), contentType, pageNumber, OutputBase: Path.GetFullPath(outputBase));
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes one page as a screen-sized JPEG to <c><paramref name="outputBase"/>.jpg</c>, turned and straightened as its
    /// words were read, and returns the page's size in the units of their boxes.
    /// </summary>
    public async Task<RenderedPage> RenderPageImageAsync(
        string path, string contentType, int pageNumber, string outputBase, CancellationToken cancellationToken)
    {
        var request = new WorkerRequest(
            WorkerRequestKind.PageImage, Path.GetFullPath(path), contentType, pageNumber, OutputBase: Path.GetFullPath(outputBase));
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return new RenderedPage(response.PageWidth, response.PageHeight);
    }

    /// <summary>Reads a page and says how long its stages took in the worker.</summary>
    internal async Task<WorkerResponse> ReadWithTimingsAsync(string path, string contentType, int pageNumber, CancellationToken cancellationToken)
    {
        var request = new WorkerRequest(WorkerRequestKind.ReadPage, Path.GetFullPath(path), contentType, pageNumber);
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        logger.PageRead(request.Path, pageNumber, response.DecodeMilliseconds, response.OcrMilliseconds);
        return response.Page is null ? throw new PageReadException(ReadFailures.OcrFailed, $"Page {pageNumber}: the OCR worker answered without text.") : response;
    }

    /// <summary>The peak memory of every idle worker, in bytes.</summary>
    internal IReadOnlyList<long> PeakWorkerMemory()
    {
        lock (idle)
        {
            return [.. idle.Select(w => w.PeakMemoryBytes())];
        }
    }

    /// <summary>The CPU time the idle workers have used, summed.</summary>
    internal TimeSpan WorkerProcessorTime()
    {
        lock (idle)
        {
            return idle.Aggregate(TimeSpan.Zero, (sum, w) => sum + w.ProcessorTime());
        }
    }

    public void Dispose()
    {
        disposed = true;
        while (TakeIdle(null) is { } worker)
        {
            worker.Dispose();
        }

        slots.Dispose();
    }

    private async Task<WorkerResponse> SendAsync(WorkerRequest request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        const int attempts = 2;
        var reason = string.Empty;
        var code = ReadFailures.WorkerLost;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            OcrWorkerProcess? worker = null;
            try
            {
                worker = await TakeWorkerAsync(PageKey(request), cancellationToken).ConfigureAwait(false);
                var response = await worker.SendAsync(request, options.PageTimeout, cancellationToken)
                    .ConfigureAwait(false);
                worker.LastPage = PageKey(request) ?? worker.LastPage;
                Return(worker);
                worker = null;
                return response.ErrorKind switch
                {
                    WorkerErrorKind.None => response,
                    WorkerErrorKind.Unsupported => throw new UnsupportedDocumentException(response.ErrorCode ?? ReadFailures.Unreadable, response.Error ?? "The document cannot be read."),
                    _ => throw new PageReadException(response.ErrorCode ?? ReadFailures.OcrFailed, $"Page {request.PageNumber}: {response.Error}"),
                };
            }
            catch (WorkerLostException e)
            {
                reason = e.Message;
                code = e.Code;
                logger.OcrWorkerLost(request.Path, request.PageNumber, attempt, reason);
            }
            finally
            {
                worker?.Dispose();
                slots.Release();
            }
        }

        throw new PageReadException(code, $"Page {request.PageNumber} could not be read after {attempts} attempts: {reason}.");
    }

    private async Task<OcrWorkerProcess> TakeWorkerAsync(string? page, CancellationToken cancellationToken)
    {
        while (TakeIdle(page) is { } worker)
        {
            if (!worker.HasExited)
            {
                return worker;
            }

            worker.Dispose();
        }

        return await OcrWorkerProcess.StartAsync(launch.Value, settings, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An idle worker, the one that last read <paramref name="page"/> when it is idle; null when none is.</summary>
    private OcrWorkerProcess? TakeIdle(string? page)
    {
        lock (idle)
        {
            if (idle.Count == 0)
            {
                return null;
            }

            var index = page is null ? -1 : idle.FindIndex(w => w.LastPage == page);
            var worker = idle[index < 0 ? idle.Count - 1 : index];
            idle.Remove(worker);
            return worker;
        }
    }

    /// <summary>Which page a request is about, for sending the requests about one page to the same worker.</summary>
    private static string? PageKey(WorkerRequest request) =>
        request.Kind is WorkerRequestKind.ReadPage or WorkerRequestKind.ReadRegion ? $"{request.PageNumber}:{request.Path}" : null;

    private void Return(OcrWorkerProcess worker)
    {
        if (disposed)
        {
            worker.Dispose();
            return;
        }

        lock (idle)
        {
            idle.Add(worker);
        }
    }
}
