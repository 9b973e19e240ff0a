using DocArchive.Search.Querying;

namespace DocArchive.Tools.Search;

/// <summary>One search of the benchmark's mix: what kind it is, what is typed and the order asked for.</summary>
internal sealed record BenchmarkQuery(string Kind, string Text, SearchSort Sort = SearchSort.Relevance);
