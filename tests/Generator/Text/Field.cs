namespace DocArchive.Generator.Text;

/// <summary>The labelled fields of docs/domain.md#fields.</summary>
internal enum Field
{
    Name,
    PassportNumber,
    Nationality,
    DateOfBirth,
    PlaceAndDateOfBirth,
    Employer,
    Position,
    PermitNumber,
    IssueDate,
    ExpiryDate,
    Location,
}
