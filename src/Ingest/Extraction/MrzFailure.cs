namespace DocArchive.Ingest.Extraction;

/// <summary>
/// A check digit of a machine-readable zone on <paramref name="Page"/> that fails (<paramref name="Check"/>: documentNumber,
/// dateOfBirth, expiry, optional or composite), the field key it guards, and the zone's lines as read.
/// </summary>
public sealed record MrzFailure(int Page, string Check, string Key, string Zone);
