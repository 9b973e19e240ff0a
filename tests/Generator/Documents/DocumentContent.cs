using DocArchive.Fixtures;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Generator.Documents;

/// <summary>A composed document: its pages and the canonical record an extractor should read from them.</summary>
internal sealed record DocumentContent(IReadOnlyList<FixturePage> Pages, ExtractionRecord Truth);
