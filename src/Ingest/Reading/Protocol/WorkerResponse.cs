namespace DocArchive.Ingest.Reading.Protocol;

/// <summary>
/// A worker's answer, with how long decoding the page image and OCR took, so benchmarks can split the stages. A page image's
/// answer says the page's size in the units of its words' boxes (<see cref="PageWidth"/>, <see cref="PageHeight"/>). A failed
/// request's <see cref="ErrorCode"/> is one of <see cref="ReadFailures"/>. <see cref="ActiveContent"/> answers what a
/// document carries that a viewer may run or open.
/// </summary>
internal sealed record WorkerResponse(
    int PageCount = 0,
    PageText? Page = null,
    WorkerErrorKind ErrorKind = WorkerErrorKind.None,
    string? Error = null,
    string? ErrorCode = null,
    double DecodeMilliseconds = 0,
    double OcrMilliseconds = 0,
    double PageWidth = 0,
    double PageHeight = 0,
    ActiveContent ActiveContent = ActiveContent.None);
