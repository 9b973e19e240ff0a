using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Tests.Jobs;

/// <summary>An <see cref="IDocumentReader"/> that answers what the test scripts, and counts how often it was asked.</summary>
internal sealed class ScriptedDocumentReader : IDocumentReader
{
    private int countCalls;
    private int readCalls;

    public int Pages { get; init; } = 2;

    /// <summary>Thrown by <see cref="CountPagesAsync"/> while its remaining count is above zero.</summary>
    public Exception? CountError { get; init; }

    public int CountErrorTimes { get; set; } = int.MaxValue;

    /// <summary>The error a page throws, or null when it is read.</summary>
    public Func<int, Exception?> PageError { get; init; } = _ => null;

    /// <summary>What each page reads as; by default one line naming the page (<see cref="TextOf"/>).</summary>
    public Func<int, PageText>? Content { get; init; }

    /// <summary>Thrown by <see cref="ReadRegionAsync"/> when set.</summary>
    public Exception? RegionError { get; init; }

    /// <summary>What <see cref="FindActiveContentAsync"/> answers.</summary>
    public ActiveContent ActiveContent { get; init; }

    public int CountCalls => countCalls;

    public int ReadCalls => readCalls;

    public static string TextOf(int number) => $"Halaman {number} laporan pemantauan orang asing";

    public Task<int> CountPagesAsync(string path, string contentType, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref countCalls);
        Assert.True(File.Exists(path), $"The original {path} is not stored.");
        if (CountError is not null && CountErrorTimes-- > 0)
        {
            throw CountError;
        }

        return Task.FromResult(Pages);
    }

    public Task<ActiveContent> FindActiveContentAsync(string path, string contentType, CancellationToken cancellationToken) =>
        Task.FromResult(ActiveContent);

    public Task<PageText> ReadPageAsync(string path, string contentType, int pageNumber, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref readCalls);
        if (PageError(pageNumber) is { } error)
        {
            throw error;
        }

        if (Content is not null)
        {
            return Task.FromResult(Content(pageNumber));
        }

        var word = new PageWord("Halaman", 0.9, new BoundingBox(10, 10, 40, 12), 0);
        return Task.FromResult(new PageText(pageNumber, TextOf(pageNumber), PageTextSource.Ocr, 0.9, 600, 800, [word]));
    }

    public Task<PageText> ReadRegionAsync(
        string path, string contentType, int pageNumber, BoundingBox region, string characterWhitelist, RegionScale scale,
        CancellationToken cancellationToken) =>
        RegionError is null ? ReadPageAsync(path, contentType, pageNumber, cancellationToken) : throw RegionError;
}
