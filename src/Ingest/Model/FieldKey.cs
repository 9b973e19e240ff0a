using System.Globalization;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Model;

/// <summary>
/// A field key of the extraction record: a document value (<c>documentNumber</c>, <c>documentDate</c>, <c>location</c>),
/// the first person's value (<c>name</c>), or a later person's (<c>persons[2].name</c> is the third person's). The bare
/// <c>employer</c> is the first person's employer and, where the document's employer held the same value, the document's.
/// </summary>
public readonly partial record struct FieldKey(int? Person, string Field)
{
    /// <summary>The values of each person of the record, in the order the document page lists them.</summary>
    public static readonly IReadOnlyList<string> PersonFields =
    [
        "name", "passportNumber", "nationality", "dateOfBirth", "position", "employer", "permitNumber", "issueDate", "expiryDate",
        "passportExpiry",
    ];

    /// <summary>The document's own values.</summary>
    public static readonly IReadOnlyList<string> DocumentFields = ["documentNumber", "documentDate", "location"];

    /// <summary>The values that identify a person: correcting one links the document's persons again.</summary>
    public static readonly IReadOnlyList<string> IdentityFields = ["name", "passportNumber", "nationality", "dateOfBirth"];

    /// <summary>Whether the field holds a date (ISO <c>yyyy-MM-dd</c> in the record).</summary>
    public bool IsDate => Field is "dateOfBirth" or "issueDate" or "expiryDate" or "passportExpiry" or "documentDate";

    public bool IsIdentity => Person is not null && IdentityFields.Contains(Field);

    /// <summary>Reads a key; false for anything that is no value of the record.</summary>
    public static bool TryParse(string? key, out FieldKey parsed)
    {
        parsed = default;
        if (key is null)
        {
            return false;
        }

        if (PersonKey().Match(key) is { Success: true } match)
        {
            var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (index < 1 || !PersonFields.Contains(match.Groups[2].Value))
            {
                return false;
            }

            parsed = new FieldKey(index, match.Groups[2].Value);
            return true;
        }

        if (DocumentFields.Contains(key))
        {
            parsed = new FieldKey(null, key);
            return true;
        }

        if (PersonFields.Contains(key))
        {
            parsed = new FieldKey(0, key);
            return true;
        }

        return false;
    }

    public override string ToString() => Person is { } index ? FieldKeys.Person(index, Field) : Field;

    [GeneratedRegex(@"^persons\[(\d{1,4})\]\.([A-Za-z]+)$")]
    private static partial Regex PersonKey();
}
