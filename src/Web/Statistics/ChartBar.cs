namespace DocArchive.Web.Statistics;

/// <summary>One bar of a chart: what it counts, how many, and whether it is drawn as a warning (permits already ended).</summary>
public sealed record ChartBar(string Label, int Value, bool Alert = false);
