namespace DocArchive.Web.Corrections;

/// <summary>The body of <c>PUT /api/documents/{id}/fields/{key}</c>: the value as the officer reads it on the page.</summary>
public sealed record CorrectionRequest(string Value);
