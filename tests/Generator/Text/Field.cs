namespace DocArchive.Generator.Text;

/// <summary>The labelled fields of DOMAIN.md.</summary>
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
