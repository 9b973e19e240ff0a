namespace DocArchive.Search.Querying;

/// <summary>How a filter compares: <c>:</c> is, <c>&lt;</c> before, <c>&gt;</c> after, <c>&lt;=</c> and <c>&gt;=</c> inclusive.</summary>
internal enum FilterOperator
{
    Is,
    Before,
    AtOrBefore,
    After,
    AtOrAfter,
}
