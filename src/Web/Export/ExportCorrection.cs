namespace DocArchive.Web.Export;

/// <summary>Which field of a document an officer corrected, who and when: what an export says of a correction.</summary>
public sealed record ExportCorrection(Guid DocumentId, string Key, string CorrectedBy, DateTimeOffset CorrectedAt);
