namespace DocArchive.Search.Querying;

/// <summary>The day columns a filter compares.</summary>
internal enum DayColumn
{
    /// <summary>A document's date (its upload day when it has none).</summary>
    Date,

    /// <summary>A document's upload day.</summary>
    Uploaded,

    /// <summary>A person's permit end.</summary>
    Expiry,
}
