using System.Text.Json.Serialization;
using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction;

/// <summary>
/// Where a value was read: its confidence (0 to 1: the measured probability that it is right), page (1-based), box on
/// that page and how it was found; <see cref="Doubt"/> says why a value is sent to review (<see cref="Confidence.Doubts"/>).
/// </summary>
public sealed record FieldEvidence(string Value, double Confidence, int Page, string Source, BoundingBox? Box)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Doubt { get; init; }
}
