namespace DocArchive.Search.Indexing;

/// <summary>Every field name of the index, in one place. One Lucene document per archived document.</summary>
public static class IndexSchema
{
    /// <summary>The document id (<see cref="Guid"/>, "D" format): the key that re-indexing replaces by.</summary>
    public const string Id = "id";

    /// <summary>The original file name, stored for the hit.</summary>
    public const string FileName = "file_name";

    /// <summary>Each page's number, stored in page order beside <see cref="PageText"/>.</summary>
    public const string PageNumber = "page_number";

    /// <summary>Each page's text, stored for snippets; one value per page.</summary>
    public const string PageText = "page_text";

    /// <summary>Body text with Indonesian stemming (<c>pekerjaan</c>, <c>bekerja</c> and <c>pekerja</c> meet at <c>kerja</c>).</summary>
    public const string Text = "text";

    /// <summary>Body text unstemmed: exact words and quoted phrases.</summary>
    public const string TextExact = "text_exact";

    /// <summary>Body text with English stemming (<c>permits</c> finds <c>permit</c>), without positions.</summary>
    public const string TextEnglish = "text_en";

    /// <summary>Not indexed: the analysis the highlighter runs on a page, every variant of each word stacked.</summary>
    public const string Highlight = "highlight";
}
