namespace DocArchive.Search.Querying;

/// <summary>The order of the documents found (and of the persons, who follow their documents).</summary>
public enum SearchSort
{
    /// <summary>Best match first; a search of filters only is in <see cref="Date"/> order.</summary>
    Relevance,

    /// <summary>Newest document date first (the upload day for a document without one).</summary>
    Date,

    /// <summary>Earliest permit end first: the most overdue at the top; documents without one last.</summary>
    Expiry,
}
