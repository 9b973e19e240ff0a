using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Tables;

/// <summary>A column's header: its field and where its words stand.</summary>
internal sealed record HeaderCell(string Field, BoundingBox Box);
