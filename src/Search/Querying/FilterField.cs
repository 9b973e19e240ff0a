namespace DocArchive.Search.Querying;

/// <summary>What a filter of the search box (<c>type:permit</c>, <c>expires&lt;2026-01-01</c>) looks at.</summary>
internal enum FilterField
{
    /// <summary><c>type:permit</c>: the document type.</summary>
    Type,

    /// <summary><c>nationality:CHN</c>: a person's nationality.</summary>
    Nationality,

    /// <summary><c>employer:"sinar batu"</c>: the document's or a person's employer.</summary>
    Employer,

    /// <summary><c>expires&lt;2026-01-01</c>: a person's permit end.</summary>
    Expires,

    /// <summary><c>expired:yes</c>: a person's permit ended before today.</summary>
    Expired,

    /// <summary><c>uploaded&gt;2025-06-01</c>: the upload day.</summary>
    Uploaded,

    /// <summary><c>year:2024</c>: the year of the document's date.</summary>
    Year,
}
