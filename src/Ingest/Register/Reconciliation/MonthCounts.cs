namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>The counts as the archive knew them on <see cref="Day"/>, the last day of a month (or the day asked for).</summary>
public sealed record MonthCounts(DateOnly Day, SourceCounts Counts);
