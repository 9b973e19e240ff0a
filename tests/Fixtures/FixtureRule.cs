namespace DocArchive.Fixtures;

/// <summary>A straight ruled line (table borders, underlines) in points from the page's top-left corner.</summary>
public sealed record FixtureRule(double X1, double Y1, double X2, double Y2, double Width = 0.8);
