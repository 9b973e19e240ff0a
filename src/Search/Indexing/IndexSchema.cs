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

    /// <summary>Identifiers (document, passport and permit numbers, and number-like words of the text), compact.</summary>
    public const string Identifier = "ident";

    /// <summary>The same identifiers OCR-folded: <c>E1234S678</c> finds <c>E12345678</c>.</summary>
    public const string IdentifierOcr = "ident_ocr";

    /// <summary>Persons' names, one word per term, for order-insensitive and fuzzy matching.</summary>
    public const string Name = "name";

    /// <summary>Persons' names written without spaces, in every order of their parts.</summary>
    public const string NameJoined = "name_joined";

    /// <summary>Employers' names without their legal form (PT, CV, Tbk ...).</summary>
    public const string Company = "company";

    /// <summary>The document type (permit, rptka, minutes, field_report, passport, other).</summary>
    public const string DocumentType = "type";

    /// <summary>Persons' nationalities, ISO 3166-1 alpha-3.</summary>
    public const string Nationality = "nationality";

    /// <summary>Not indexed: the analysis the highlighter runs on a page, every variant of each word stacked.</summary>
    public const string Highlight = "highlight";
}
