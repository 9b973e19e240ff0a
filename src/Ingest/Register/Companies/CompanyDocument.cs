namespace DocArchive.Ingest.Register.Companies;

/// <summary>A document about a company: its type, number, date (its own, else its upload day) and place.</summary>
public sealed record CompanyDocument(Guid DocumentId, string FileName, string? DocumentType, string? DocumentNumber, DateOnly Date, string? Location);
