using System.Buffers.Binary;

namespace DocArchive.Fixtures.Interop;

/// <summary>Takes the single compressed strip out of a one-page TIFF (the raw CCITT G4 data a PDF image holds).</summary>
internal static class TiffStrip
{
    private const ushort StripOffsets = 273;
    private const ushort StripByteCounts = 279;

    public static byte[] Single(byte[] tiff)
    {
        var little = tiff[0] == 'I';
        var ifd = (int)Read32(tiff, 4, little);
        var count = Read16(tiff, ifd, little);
        long offset = -1;
        long length = -1;
        for (var i = 0; i < count; i++)
        {
            var entry = ifd + 2 + (i * 12);
            var tag = Read16(tiff, entry, little);
            var values = Read32(tiff, entry + 4, little);
            if (tag is StripOffsets or StripByteCounts && values != 1)
            {
                throw new FixtureException("The TIFF has more than one strip.");
            }

            var type = Read16(tiff, entry + 2, little);
            var value = type == 3 ? Read16(tiff, entry + 8, little) : Read32(tiff, entry + 8, little);
            if (tag == StripOffsets)
            {
                offset = value;
            }
            else if (tag == StripByteCounts)
            {
                length = value;
            }
        }

        if (offset < 0 || length < 0)
        {
            throw new FixtureException("The TIFF has no strip.");
        }

        return tiff.AsSpan((int)offset, (int)length).ToArray();
    }

    private static ushort Read16(byte[] data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

    private static uint Read32(byte[] data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
}
