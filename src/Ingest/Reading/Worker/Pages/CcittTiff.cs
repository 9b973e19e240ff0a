using System.Buffers.Binary;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>Wraps a PDF's CCITT fax stream, unchanged, in a one-page TIFF that Leptonica decodes from memory.</summary>
internal static class CcittTiff
{
    private const int HeaderLength = 8;
    private const int EntryLength = 12;

    /// <summary>
    /// <paramref name="k"/> is the PDF's <c>K</c> (negative: Group 4; 0: Group 3 one-dimensional; positive: two-dimensional);
    /// <paramref name="blackIsZero"/> is true when black comes out as 0 after the PDF's own decoding (the PDF default).
    /// </summary>
    public static byte[] Wrap(ReadOnlySpan<byte> fax, int width, int height, int k, bool encodedByteAlign, bool blackIsZero)
    {
        var group4 = k < 0;
        var entries = new List<(ushort Tag, ushort Type, uint Value)>
        {
            (256, 4, (uint)width),
            (257, 4, (uint)height),
            (258, 3, 1),
            (259, 3, group4 ? 4u : 3u),
            // The fax codes name white and black runs; PDF's BlackIs1 only flips the bits it hands out.
            (262, 3, blackIsZero ? 0u : 1u),
            (273, 4, 0),
            (277, 3, 1),
            (278, 4, (uint)height),
            (279, 4, (uint)fax.Length),
        };
        if (!group4)
        {
            entries.Add((292, 4, (k > 0 ? 1u : 0u) | (encodedByteAlign ? 4u : 0u)));
        }
        else if (encodedByteAlign)
        {
            entries.Add((293, 4, 0));
        }

        var directoryLength = 2 + (entries.Count * EntryLength) + 4;
        var dataOffset = HeaderLength + directoryLength;
        var tiff = new byte[dataOffset + fax.Length];
        var span = tiff.AsSpan();
        span[0] = (byte)'I';
        span[1] = (byte)'I';
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], HeaderLength);
        BinaryPrimitives.WriteUInt16LittleEndian(span[HeaderLength..], (ushort)entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (tag, type, value) = entries[i];
            var at = span[(HeaderLength + 2 + (i * EntryLength))..];
            BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(at[4..], 1);
            if (type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(at[8..], (ushort)value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(at[8..], tag == 273 ? (uint)dataOffset : value);
            }
        }

        fax.CopyTo(span[dataOffset..]);
        return tiff;
    }
}
