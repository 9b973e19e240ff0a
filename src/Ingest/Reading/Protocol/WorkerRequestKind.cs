namespace DocArchive.Ingest.Reading.Protocol;

/// <summary>What the pool asks an OCR worker.</summary>
internal enum WorkerRequestKind
{
    CountPages,
    ActiveContent,
    ReadPage,
    ReadRegion,
    SearchablePage,
    PageImage,
}
