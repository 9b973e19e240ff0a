namespace DocArchive.Ingest.Register.Statistics;

/// <summary>
/// How many foreign workers (distinct persons) fall in one group: <see cref="Key"/> is what the group is compared on
/// (a nationality code, an employer's comparison key, a district in upper case), <see cref="Label"/> its most often
/// printed form; both null for the persons the documents give no value for.
/// </summary>
public sealed record WorkerCount(string? Key, string? Label, int Persons);
