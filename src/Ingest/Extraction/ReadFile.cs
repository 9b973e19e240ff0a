using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction;

/// <summary>A file's kind and its pages as read, with the time the reading took.</summary>
public sealed record ReadFile(string ContentType, IReadOnlyList<PageText> Pages, TimeSpan Reading);
