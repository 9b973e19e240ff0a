namespace DocArchive.Ingest.Register;

/// <summary>The days the readers reckon with.</summary>
internal static class ArchiveDays
{
    /// <summary>Today where the server runs: a permit ending today is not expired until tomorrow.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The day a document is dated for a person: its own date, else the permit's issue date, else its upload day.</summary>
    public static DateOnly Of(DateOnly? documentDate, DateOnly? issueDate, DateTimeOffset uploadedAt) =>
        documentDate ?? issueDate ?? DateOnly.FromDateTime(uploadedAt.UtcDateTime);
}
