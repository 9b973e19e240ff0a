namespace DocArchive.Ingest.Register.Persons;

/// <summary>
/// An employer a person's documents name, as last printed, from the first to the last date it is named on;
/// spellings with the same comparison key are one employer.
/// </summary>
public sealed record EmployerPeriod(string Employer, string Key, DateOnly From, DateOnly To, int Documents);
