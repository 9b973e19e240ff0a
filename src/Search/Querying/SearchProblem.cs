namespace DocArchive.Search.Querying;

/// <summary>
/// Why a search cannot be understood, for the interface to say in the user's language; the arguments of
/// <see cref="InvalidSearchQueryException.Arguments"/> fill in its text.
/// </summary>
public enum SearchProblem
{
    /// <summary>Any other reason.</summary>
    Other,

    /// <summary>No word and no filter. No arguments.</summary>
    Empty,

    /// <summary>More words and filters than allowed. Arguments: how many, the most allowed.</summary>
    TooManyTerms,

    /// <summary>A page number or size out of range. Argument: the largest page size.</summary>
    PageRange,

    /// <summary>Paging beyond the results that can be paged through. Argument: how many can.</summary>
    TooDeep,

    /// <summary>A filter name not known. Argument: the name.</summary>
    UnknownFilter,

    /// <summary><c>type:</c> with a value not a type. Arguments: the types, the value.</summary>
    Type,

    /// <summary><c>nationality:</c> with a value not a nationality. Argument: the value.</summary>
    Nationality,

    /// <summary><c>expired:</c> with a value not yes or no. Argument: the value.</summary>
    Expired,

    /// <summary><c>year:</c> with a value not a year. Argument: the value.</summary>
    Year,

    /// <summary>A date filter with a value not a date. Arguments: the filter name, the value.</summary>
    Date,

    /// <summary><c>employer:</c> without a company name. No arguments.</summary>
    Employer,

    /// <summary>A comparison (<c>&lt;</c>, <c>&gt;</c>) on a filter that does not compare. Argument: the filter name.</summary>
    Comparison,

    /// <summary>An order not known. Argument: the order asked for.</summary>
    Sort,
}
