namespace DocArchive.Search.Querying;

/// <summary>One filter typed in the search box, its value as typed (unquoted); <c>-type:permit</c> is excluded.</summary>
internal sealed record SearchFilter(FilterField Field, FilterOperator Operator, string Value, bool IsExcluded);
