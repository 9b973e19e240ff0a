using DocArchive.Ingest.Catalog;

namespace DocArchive.Web.Documents;

/// <summary>
/// One extracted field as the document page lists it: its label, the person it belongs to (1-based; null for the
/// document's own values) and the readings it was kept over.
/// </summary>
public sealed record FieldRow(string Label, int? Person, ExtractedField Field, IReadOnlyList<ExtractedConflict> Conflicts);
