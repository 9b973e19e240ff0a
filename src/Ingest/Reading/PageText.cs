namespace DocArchive.Ingest.Reading;

/// <summary>The text of one page as read: its words with boxes, in a page of <paramref name="Width"/> by <paramref name="Height"/> units.</summary>
public sealed record PageText(
    int Number,
    string Text,
    PageTextSource Source,
    double Confidence,
    double Width,
    double Height,
    IReadOnlyList<PageWord> Words)
{
    /// <summary>A page with nothing written on it, of <paramref name="width"/> by <paramref name="height"/> units.</summary>
    public static PageText Blank(int number, double width, double height) => new(number, "", PageTextSource.Blank, 1, width, height, []);
}
