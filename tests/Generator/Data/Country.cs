namespace DocArchive.Generator.Data;

/// <summary>
/// A nationality: its ISO alpha-3 code (also the MRZ code), the ways documents print it, the state named on its
/// passport, how its passport numbers look and which names its people carry.
/// </summary>
internal sealed record Country(
    string Code,
    IReadOnlyList<string> PrintedNames,
    string PassportState,
    Func<Random, string> PassportNumber,
    IReadOnlyList<string> Surnames,
    IReadOnlyList<string> GivenNames,
    bool SurnameFirst);
