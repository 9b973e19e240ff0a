using DocArchive.Ingest.Extraction.Mrz;

namespace DocArchive.Tools.Extraction;

/// <summary>
/// What was read on one specimen: the zone (null when none was found), whether it is exactly what the ground truth says
/// (null when the specimen is untranscribed), and the reason the image could not be read, if it could not.
/// </summary>
public sealed record MrzSpecimenReading(MrzSpecimen Specimen, MrzResult? Zone, bool? Exact, string? Error);
