namespace DocArchive.Fixtures;

/// <summary>
/// One run of text on a page: its baseline starts at (<paramref name="X"/>, <paramref name="Y"/>) in points from the
/// page's top-left corner, in the TrueType font file <paramref name="Font"/> at <paramref name="Size"/> points.
/// </summary>
public sealed record FixtureText(string Text, double X, double Y, double Size = 11, string Font = FixtureFonts.DejaVuSans);
