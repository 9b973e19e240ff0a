namespace DocArchive.Ingest.Register.Companies;

/// <summary>
/// One position of a company: how many foreign workers its approvals in force allow, and how many current workers the
/// permits and field reports show in it; a null title gathers the workers whose position is not known.
/// </summary>
public sealed record PositionTally(string? Title, int Approved, int Found);
