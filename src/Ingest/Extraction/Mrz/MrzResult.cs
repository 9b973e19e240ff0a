namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>
/// A machine-readable zone as read: its lines after repair, its fields (names upper-case, dates resolved to a century,
/// nationality as alpha-3), and which check digits pass. Only a <see cref="IsValid"/> zone may outrank printed labels.
/// </summary>
public sealed record MrzResult
{
    public required MrzFormat Format { get; init; }

    public required IReadOnlyList<string> Lines { get; init; }

    public required string DocumentCode { get; init; }

    public required string IssuingState { get; init; }

    public required string Surname { get; init; }

    public required string GivenNames { get; init; }

    /// <summary>Surname then given names, as the record writes names read from a zone.</summary>
    public string Name => string.IsNullOrEmpty(GivenNames) ? Surname : $"{Surname} {GivenNames}";

    public required string DocumentNumber { get; init; }

    /// <summary>ISO 3166-1 alpha-3 (the zone's <c>D</c> for Germany gives DEU).</summary>
    public required string Nationality { get; init; }

    public DateOnly? BirthDate { get; init; }

    public required string Sex { get; init; }

    public DateOnly? ExpiryDate { get; init; }

    public required string OptionalData { get; init; }

    /// <summary>The names of the check digits that fail (empty when all pass).</summary>
    public required IReadOnlyList<string> FailedChecks { get; init; }

    /// <summary>Whether characters were changed from what was read to make the check digits pass.</summary>
    public bool Repaired { get; init; }

    public bool IsValid => FailedChecks.Count == 0;

    public bool DocumentNumberValid => !FailedChecks.Contains("documentNumber");

    public bool BirthDateValid => !FailedChecks.Contains("dateOfBirth") && BirthDate is not null;

    public bool ExpiryDateValid => !FailedChecks.Contains("expiry") && ExpiryDate is not null;

    /// <summary>Whether the zone is a passport's (TD3 with document code P).</summary>
    public bool IsPassport => Format == MrzFormat.Td3 && DocumentCode.StartsWith('P');
}
