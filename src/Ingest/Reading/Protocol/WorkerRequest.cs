namespace DocArchive.Ingest.Reading.Protocol;

/// <summary>
/// One request to an OCR worker. <see cref="OutputBase"/> is where a searchable page (<c>.pdf</c> appended) or a page
/// image (<c>.jpg</c> appended) is written;
/// <see cref="Scale"/> is how a region is drawn before it is read.
/// </summary>
internal sealed record WorkerRequest(
    WorkerRequestKind Kind,
    string Path,
    string ContentType,
    int PageNumber = 0,
    BoundingBox? Region = null,
    string? CharacterWhitelist = null,
    string? OutputBase = null,
    RegionScale? Scale = null);
