using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Tables;

/// <summary>A letter/digit run of a header row, keyed for fuzzy matching, with the part of its word's box it covers.</summary>
internal sealed record HeaderToken(string Key, BoundingBox Box);
