using DocArchive.Ingest.Model;

namespace DocArchive.Web.Corrections;

/// <summary>A stored correction: the value in its normalised form, the machine's beside it, who set it and when.</summary>
public sealed record CorrectionResponse(Guid DocumentId, string Key, string Value, string? MachineValue, string CorrectedBy, DateTimeOffset CorrectedAt)
{
    public static CorrectionResponse From(FieldCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return new(correction.DocumentId, correction.Key, correction.Value, correction.MachineValue, correction.CorrectedBy, correction.CorrectedAt);
    }
}
