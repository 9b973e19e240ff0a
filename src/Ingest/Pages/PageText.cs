namespace DocArchive.Ingest.Pages;

/// <summary>The text of one page as read: its words with boxes, in a page of <paramref name="Width"/> by <paramref name="Height"/> units.</summary>
public sealed record PageText(
    int Number,
    string Text,
    PageTextSource Source,
    double Confidence,
    double Width,
    double Height,
    IReadOnlyList<PageWord> Words);
