namespace DocArchive.Search.Indexing;

/// <summary>
/// Every field name of the index, in one place. Each archived document is one block of Lucene documents: an entry
/// per person named in it, then the document's own entry (<see cref="Kind"/> tells them apart). Re-indexing
/// replaces the whole block by <see cref="Id"/>.
/// </summary>
public static class IndexSchema
{
    /// <summary>
    /// The layout these fields and analyses make, stored in every commit's user data under <see cref="LayoutKey"/>.
    /// Raise it whenever a field, its analysis or its doc values change: an index of another layout is rebuilt.
    /// </summary>
    public const string Layout = "5";

    /// <summary>The commit user data key of <see cref="Layout"/>.</summary>
    public const string LayoutKey = "layout";

    /// <summary>The document id (<see cref="Guid"/>, "D" format), on the document's entry and on its persons' entries.</summary>
    public const string Id = "id";

    /// <summary><see cref="DocumentKind"/> or <see cref="PersonKind"/>.</summary>
    public const string Kind = "kind";

    public const string DocumentKind = "document";

    public const string PersonKind = "person";

    /// <summary>The original file name, stored for the hit.</summary>
    public const string FileName = "file_name";

    /// <summary>Each page's number, stored in page order beside <see cref="PageText"/>.</summary>
    public const string PageNumber = "page_number";

    /// <summary>Each page's text, stored for snippets; one value per page.</summary>
    public const string PageText = "page_text";

    /// <summary>
    /// Body text: each word as written (phrases) with its Indonesian and English stems stacked on it, with offsets.
    /// </summary>
    public const string Text = "text";

    /// <summary>
    /// Identifiers (document, passport and permit numbers, and number-like words of the text), compact, with their
    /// OCR-folded forms stacked: <c>E1234S678</c> finds <c>E12345678</c>.
    /// </summary>
    public const string Identifier = "ident";

    /// <summary>Persons' names, one word per term, for order-insensitive and fuzzy matching.</summary>
    public const string Name = "name";

    /// <summary>Persons' names written without spaces, in every order of their parts.</summary>
    public const string NameJoined = "name_joined";

    /// <summary>Employers' names without their legal form (PT, CV, Tbk ...).</summary>
    public const string Company = "company";

    /// <summary>The document type (permit, rptka, minutes, field_report, passport, other): doc values, stored.</summary>
    public const string DocumentType = "type";

    /// <summary>Nationalities, ISO 3166-1 alpha-3: doc values on both entries (a person's own on its entry).</summary>
    public const string Nationality = "nationality";

    /// <summary>Employer keys (<see cref="DocArchive.Text.CompanyNames.Key"/>): indexed and doc values on both entries.</summary>
    public const string EmployerKey = "employer_key";

    /// <summary>The employer as printed: doc values on both entries, stored on the document's.</summary>
    public const string Employer = "employer";

    /// <summary>A permit's end as a day number: doc values on both entries (a document keeps its earliest).</summary>
    public const string Expiry = "expiry";

    /// <summary>The upload time's day number (UTC): doc values and stored, on the document's entry.</summary>
    public const string Uploaded = "uploaded";

    /// <summary>The document's date (its upload day when it has none) as a day number: doc values, stored.</summary>
    public const string Date = "date";

    /// <summary>Which person an entry is (the catalog id, else the passport, else the name), hashed: doc values.</summary>
    public const string PersonKey = "person_key";

    /// <summary>Doc values on a person's entry: the catalog person id, when linked.</summary>
    public const string PersonId = "person_id";

    /// <summary>Doc values on a person's entry: the name as normalised.</summary>
    public const string PersonName = "person_name";

    /// <summary>Doc values on a person's entry: the passport number.</summary>
    public const string Passport = "passport";
}
