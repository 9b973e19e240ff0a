using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Labels;

/// <summary>
/// A labelled value as printed: the field, the value's text, the words it was read from, the row it stands on, and
/// whether the layout marks it as a value (a colon, a column gap or its own line) rather than running prose.
/// </summary>
internal sealed record LabelHit(string Field, string Value, IReadOnlyList<PageWord> Words, int Page, int Row, bool Marked);
