namespace DocArchive.Fixtures;

/// <summary>The content of one A4 page: text runs and ruled lines, positioned in points from the top-left corner.</summary>
public sealed record FixturePage(IReadOnlyList<FixtureText> Texts, IReadOnlyList<FixtureRule> Rules)
{
    public const double A4Width = 595.28;
    public const double A4Height = 841.89;
    public const double Margin = 56;

    public FixturePage(IReadOnlyList<FixtureText> texts)
        : this(texts, [])
    {
    }

    /// <summary>Lines of text one under the other from the top-left margin, in one font and size.</summary>
    public static FixturePage FromLines(IEnumerable<string> lines, double size = 12, string font = FixtureFonts.DejaVuSans)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var leading = size * 1.6;
        var texts = lines.Select((line, i) => new FixtureText(line, Margin, Margin + size + (i * leading), size, font)).ToList();
        return new FixturePage(texts);
    }

    /// <summary>Lines of text in DejaVu Sans 12 pt from the top-left margin.</summary>
    public static FixturePage FromLines(params string[] lines) => FromLines(lines, 12);
}
