using DocArchive.Fixtures;

namespace DocArchive.Generator.Layout;

/// <summary>A regular and a bold face of one family.</summary>
internal sealed record PageFonts(string Regular, string Bold)
{
    public static IReadOnlyList<PageFonts> All { get; } =
    [
        new(FixtureFonts.DejaVuSans, FixtureFonts.DejaVuSansBold),
        new(FixtureFonts.DejaVuSerif, FixtureFonts.DejaVuSerifBold),
        new(FixtureFonts.LiberationSans, FixtureFonts.LiberationSansBold),
        new(FixtureFonts.LiberationSerif, FixtureFonts.LiberationSerifBold),
    ];

    /// <summary>The font held out of development: Liberation Sans Narrow, which the extraction was never tuned on.</summary>
    public static PageFonts HeldOut { get; } = new(FixtureFonts.LiberationSansNarrow, FixtureFonts.LiberationSansNarrowBold);
}
