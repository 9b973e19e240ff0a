namespace DocArchive.Ingest.Register.Persons;

/// <summary>What an inspection found about a person (a field report's Keterangan: <c>sesuai</c>, <c>overstay</c> ...), in the report of that date.</summary>
public sealed record PersonFinding(Guid DocumentId, string FileName, DateOnly Date, string Finding);
