namespace DocArchive.Generator.Data;

/// <summary>
/// A foreign worker: <paramref name="Surname"/> and <paramref name="GivenNames"/> as the passport's MRZ holds them
/// (a Malay name is all surname, with no given names), and the passport's data.
/// </summary>
internal sealed record Person(
    string Surname,
    string GivenNames,
    Country Country,
    char Sex,
    DateOnly DateOfBirth,
    string PlaceOfBirth,
    string PassportNumber,
    DateOnly PassportIssued,
    DateOnly PassportExpiry)
{
    /// <summary>The name as the extraction record holds it when read from the MRZ: SURNAME GIVEN.</summary>
    public string MrzOrderName => GivenNames.Length == 0 ? Surname : $"{Surname} {GivenNames}";
}
