using System.Buffers.Binary;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>Walks a TIFF's chain of image directories without decoding anything, guarding against loops and bad offsets.</summary>
internal static class TiffDirectory
{
    /// <summary>More pages than any real scan; a longer chain is treated as corrupt.</summary>
    public const int MaxPages = 10_000;

    private const ushort ImageWidthTag = 256;
    private const ushort ImageLengthTag = 257;
    private const ushort ShortType = 3;

    public readonly record struct Page(long Width, long Height);

    public static IReadOnlyList<Page> ReadPages(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            throw new UnsupportedDocumentException(ReadFailures.Corrupt, "The TIFF file is truncated: it has no header.");
        }

        var little = tiff[0] == (byte)'I';
        if (ReadUInt16(tiff, 2, little) != 42)
        {
            throw new UnsupportedDocumentException(ReadFailures.UnsupportedVariant, "The TIFF file is not a classic TIFF (BigTIFF and others are not supported).");
        }

        var pages = new List<Page>();
        var seen = new HashSet<long>();
        long offset = ReadUInt32(tiff, 4, little);
        while (offset != 0)
        {
            if (!seen.Add(offset) || pages.Count >= MaxPages)
            {
                throw new UnsupportedDocumentException(ReadFailures.Corrupt, "The TIFF file is corrupt: its chain of pages loops.");
            }

            if (offset < 8 || offset + 2 > tiff.Length)
            {
                throw new UnsupportedDocumentException(ReadFailures.Corrupt, $"The TIFF file is corrupt: page {pages.Count + 1} points outside the file.");
            }

            var entries = ReadUInt16(tiff, (int)offset, little);
            var end = offset + 2 + (entries * 12L);
            if (end + 4 > tiff.Length)
            {
                throw new UnsupportedDocumentException(ReadFailures.Corrupt, $"The TIFF file is truncated in the directory of page {pages.Count + 1}.");
            }

            long width = 0;
            long height = 0;
            for (var i = 0; i < entries; i++)
            {
                var entry = (int)offset + 2 + (i * 12);
                var tag = ReadUInt16(tiff, entry, little);
                var value = ReadUInt16(tiff, entry + 2, little) == ShortType ? ReadUInt16(tiff, entry + 8, little) : ReadUInt32(tiff, entry + 8, little);
                if (tag == ImageWidthTag)
                {
                    width = value;
                }
                else if (tag == ImageLengthTag)
                {
                    height = value;
                }
            }

            pages.Add(new Page(width, height));
            offset = ReadUInt32(tiff, (int)end, little);
        }

        return pages.Count > 0 ? pages : throw new UnsupportedDocumentException(ReadFailures.NoPages, "The TIFF file holds no page.");
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
