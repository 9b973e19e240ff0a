namespace DocArchive.Ingest.Register.Persons;

/// <summary>
/// Two persons that are possibly the same person: their passport numbers differ by one character OCR confuses, and
/// <see cref="Reason"/> says what else they share. <see cref="Person"/> is the one asked about (on a person's page), else
/// the one with more documents.
/// </summary>
public sealed record SamePersonCandidate(PersonSummary Person, PersonSummary Other, SamePersonReason Reason);
