using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>The query that finds the documents and the lighter one that marks the words in their snippets.</summary>
internal sealed record BuiltQuery(Query Search, BooleanQuery Highlight);
