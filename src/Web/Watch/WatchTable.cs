using DocArchive.Ingest.Register.Watch;

namespace DocArchive.Web.Watch;

/// <summary>The rows of one group of the watch; grouped by employer, the rows show the place, else the employer.</summary>
public sealed record WatchTable(IReadOnlyList<WatchEntry> Entries, bool ByEmployer);
