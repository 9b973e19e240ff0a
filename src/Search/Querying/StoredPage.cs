namespace DocArchive.Search.Querying;

/// <summary>A page as stored in the index for snippets.</summary>
internal sealed record StoredPage(int Number, string Text);
