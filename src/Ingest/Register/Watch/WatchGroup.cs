namespace DocArchive.Ingest.Register.Watch;

/// <summary>The entries of one employer or one place (key and name null: not known), soonest end first, with their counts.</summary>
public sealed record WatchGroup(string? Key, string? Name, int Expired, int Expiring, IReadOnlyList<WatchEntry> Entries);
