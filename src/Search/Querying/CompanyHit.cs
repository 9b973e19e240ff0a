namespace DocArchive.Search.Querying;

/// <summary>A company the search names: its key (<see cref="DocArchive.Text.CompanyNames.Key"/>), its name as printed, and how many documents and distinct workers the index holds for it.</summary>
public sealed record CompanyHit(string Key, string Name, int Documents, int Workers);
