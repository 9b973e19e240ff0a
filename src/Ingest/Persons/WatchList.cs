namespace DocArchive.Ingest.Persons;

/// <summary>
/// The expiry watch as of a day: every person whose latest permit has expired or ends within <see cref="Days"/> days,
/// grouped by employer and, again, by place (the office's area), largest groups first.
/// </summary>
public sealed record WatchList(DateOnly AsOf, int Days, int Expired, int Expiring, IReadOnlyList<WatchGroup> ByEmployer, IReadOnlyList<WatchGroup> ByLocation);
