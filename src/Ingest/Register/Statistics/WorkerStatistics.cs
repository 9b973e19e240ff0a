namespace DocArchive.Ingest.Register.Statistics;

/// <summary>
/// The foreign workers the catalog knows, counted as of <see cref="Today"/>: by nationality, by employer and by district
/// (a person named with two employers, or in two districts, counts once in each), and by the end of each person's latest
/// permit: already ended, in each of the next twelve months, or later.
/// </summary>
public sealed record WorkerStatistics(
    DateOnly Today,
    int Persons,
    IReadOnlyList<WorkerCount> ByNationality,
    IReadOnlyList<WorkerCount> ByEmployer,
    IReadOnlyList<WorkerCount> ByDistrict,
    int PermitsExpired,
    IReadOnlyList<ExpiryMonth> PermitsEnding,
    int PermitsEndingLater,
    int PermitsUnknown);
