namespace DocArchive.Search.Querying;

/// <summary>An entry of the index by segment and the segment's own document number.</summary>
internal readonly record struct Entry(int Segment, int Doc);
