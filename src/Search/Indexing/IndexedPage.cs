namespace DocArchive.Search.Indexing;

/// <summary>One page of a document as the index sees it.</summary>
public sealed record IndexedPage(int Number, string Text);
