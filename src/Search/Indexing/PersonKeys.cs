using DocArchive.Text;

namespace DocArchive.Search.Indexing;

/// <summary>
/// Which person a person entry is: the catalog person when the document was linked, else the passport number
/// (OCR-folded, so a misread copy groups with the original), else the name in any order. Hashed to 64 bits, so that
/// grouping compares numbers.
/// </summary>
internal static class PersonKeys
{
    public static long Of(IndexedPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.PersonId is { } id)
        {
            return Hash("id:" + id.ToString("N"));
        }

        var passport = IdentifierForms.Compact(person.PassportNumber ?? "");
        if (passport.Length > 0)
        {
            return Hash("passport:" + IdentifierForms.OcrFolded(passport));
        }

        return Hash("name:" + string.Join(' ', NameForms.Parts(person.Name).Order(StringComparer.Ordinal)));
    }

    /// <summary>FNV-1a: stable across processes and versions, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static long Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
