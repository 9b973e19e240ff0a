namespace DocArchive.Ingest.Register.Watch;

/// <summary>
/// The expiry watch as of a day: every person whose latest permit ends within <see cref="Days"/> days or ended within
/// the last <see cref="ExpiryWatch.RecentDays"/> (or earlier, when <see cref="IncludesOlder"/>), grouped by employer and,
/// again, by place (the office's area), largest groups first. <see cref="Older"/> counts the persons whose latest
/// permit ended before those days, listed or not.
/// </summary>
public sealed record WatchList(
    DateOnly AsOf,
    int Days,
    bool IncludesOlder,
    int Older,
    int Expired,
    int Expiring,
    IReadOnlyList<WatchGroup> ByEmployer,
    IReadOnlyList<WatchGroup> ByLocation);
