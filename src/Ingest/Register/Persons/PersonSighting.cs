using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Register.Persons;

/// <summary>
/// One document that names the person: when it is dated (its own date, else the permit's issue date, else its upload
/// day) and the values as that document gives them.
/// </summary>
public sealed record PersonSighting(Guid DocumentId, string FileName, string? DocumentType, DateOnly Date, PersonRecord AsRead);
