using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Model;

/// <summary>One page of a document as it was read, or the reason it could not be.</summary>
public sealed class DocumentPage
{
    public Guid DocumentId { get; set; }

    /// <summary>1-based.</summary>
    public int Number { get; set; }

    public string Text { get; set; } = "";

    /// <summary>Where the text came from; null when the page failed.</summary>
    public PageTextSource? Source { get; set; }

    /// <summary>Mean word confidence, 0 to 1.</summary>
    public double Confidence { get; set; }

    public double Width { get; set; }

    public double Height { get; set; }

    /// <summary>The words with their boxes, stored as one JSON column.</summary>
    public IReadOnlyList<PageWord> Words { get; set; } = [];

    /// <summary>Why the page could not be read, as the short English reason of its <see cref="FailureCode"/>; null when it was.</summary>
    public string? FailureReason { get; set; }

    /// <summary>Why the page could not be read, as one of <see cref="ReadFailures"/>; null when it was.</summary>
    public string? FailureCode { get; set; }

    public static DocumentPage Read(Guid documentId, PageText page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new DocumentPage
        {
            DocumentId = documentId,
            Number = page.Number,
            Text = page.Text,
            Source = page.Source,
            Confidence = page.Confidence,
            Width = page.Width,
            Height = page.Height,
            Words = page.Words,
        };
    }

    /// <summary>The page as it was read; null when it could not be.</summary>
    public PageText? ToPageText() => Source is { } source && FailureReason is null
        ? new PageText(Number, Text, source, Confidence, Width, Height, Words)
        : null;

    public static DocumentPage Failed(Guid documentId, int number, string code) =>
        new() { DocumentId = documentId, Number = number, FailureCode = code, FailureReason = ReadFailures.Describe(code) };
}
