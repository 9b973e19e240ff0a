namespace DocArchive.Search.Analysis;

/// <summary>A term as a field's analysis produced it, with its position in the analysed text.</summary>
internal sealed record AnalyzedToken(string Term, int Position);
