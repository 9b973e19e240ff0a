namespace DocArchive.Ingest.Ocr;

/// <summary>A rectangle of whole pixels inside an image.</summary>
internal readonly record struct PixelRegion(int Left, int Top, int Width, int Height);
