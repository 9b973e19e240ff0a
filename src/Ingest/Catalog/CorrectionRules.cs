using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// Puts officers' corrections into an extraction record: each corrected value replaces the document's or the person's
/// value at its key; the fields' evidence stays as the machine read it.
/// </summary>
internal static class CorrectionRules
{
    /// <summary>The value in the field's normalised form, or null when it is not a value of that field.</summary>
    public static string? Normalise(FieldKey key, string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var value = FieldValues.Normalise(key.Field, printed.Trim());
        return value is null ? null : CatalogText.Clip(value, ExtractedField.ValueMaxLength);
    }

    /// <summary>
    /// The record with the corrections applied. The bare <c>employer</c> also replaces the document's employer where it
    /// was the machine's value (or already the corrected one), and so the employer of every later person who took the
    /// document's; a correction of a person the record does not have is kept but changes nothing.
    /// </summary>
    public static ExtractionRecord Apply(ExtractionRecord record, IEnumerable<FieldCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(corrections);
        var byKey = corrections.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var persons = record.Persons.ToList();
        var result = record;
        if (byKey.TryGetValue("employer", out var employer))
        {
            var machine = record.Fields.TryGetValue("employer", out var read) ? read.Value : null;
            var before = record.Employer;
            if (before == machine || before == employer.Value)
            {
                result = result with { Employer = employer.Value };
                for (var index = 1; index < persons.Count; index++)
                {
                    var own = $"persons[{index}].employer";
                    if (persons[index].Employer == before && !record.Fields.ContainsKey(own) && !byKey.ContainsKey(own))
                    {
                        persons[index] = persons[index] with { Employer = employer.Value };
                    }
                }
            }
        }

        foreach (var correction in byKey.Values.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!FieldKey.TryParse(correction.Key, out var key))
            {
                continue;
            }

            if (key.Person is not { } index)
            {
                result = SetDocument(result, key.Field, correction.Value);
            }
            else if (index < persons.Count)
            {
                persons[index] = SetPerson(persons[index], key.Field, correction.Value);
            }
        }

        return result with { Persons = persons };
    }

    private static ExtractionRecord SetDocument(ExtractionRecord record, string field, string value) => field switch
    {
        "documentNumber" => record with { DocumentNumber = value },
        "documentDate" => record with { DocumentDate = FieldValues.Date(value) },
        _ => record with { Location = value },
    };

    private static PersonRecord SetPerson(PersonRecord person, string field, string value) => field switch
    {
        "name" => person with { Name = value },
        "passportNumber" => person with { PassportNumber = value },
        "nationality" => person with { Nationality = value },
        "dateOfBirth" => person with { DateOfBirth = FieldValues.Date(value) },
        "position" => person with { Position = value },
        "employer" => person with { Employer = value },
        "permitNumber" => person with { PermitNumber = value },
        "issueDate" => person with { IssueDate = FieldValues.Date(value) },
        "expiryDate" => person with { ExpiryDate = FieldValues.Date(value) },
        _ => person with { PassportExpiry = FieldValues.Date(value) },
    };
}
