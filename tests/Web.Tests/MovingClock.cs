namespace DocArchive.Web.Tests;

/// <summary>A clock that stands still until a test moves it on.</summary>
internal sealed class MovingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
