namespace DocArchive.Ingest.Tests;

/// <summary>A clock that always reads the same moment, in UTC as its local time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock(DateOnly day)
        : this(new DateTimeOffset(day, new TimeOnly(9, 0), TimeSpan.Zero))
    {
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => now;
}
