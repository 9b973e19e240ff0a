using System.Text;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>
/// Turns a PDF image's decoded samples (gray, RGB or indexed; 1 to 16 bits) into a PNM file in memory, which Leptonica
/// reads without any compression step.
/// </summary>
internal static class PdfSamples
{
    /// <summary>
    /// <paramref name="palette"/> is an indexed image's colour table (<paramref name="paletteComponents"/> bytes an entry);
    /// <paramref name="inverted"/> is true when a one-component image's Decode array maps sample 0 to white.
    /// </summary>
    public static byte[]? ToPnm(
        ReadOnlySpan<byte> samples, int width, int height, int bitsPerComponent, int components, bool inverted, byte[]? palette, int paletteComponents)
    {
        if (bitsPerComponent is not (1 or 2 or 4 or 8 or 16) || width <= 0 || height <= 0)
        {
            return null;
        }

        var stride = (((long)width * components * bitsPerComponent) + 7) / 8;
        if (samples.Length < stride * height)
        {
            return null;
        }

        if (palette is null && components == 1 && bitsPerComponent == 1)
        {
            return Bitmap(samples, width, height, (int)stride, inverted);
        }

        var outComponents = palette is null ? components : paletteComponents;
        if (outComponents is not (1 or 3) || (palette is null && components is not (1 or 3)))
        {
            return null;
        }

        var header = Encoding.ASCII.GetBytes($"{(outComponents == 1 ? "P5" : "P6")}\n{width} {height}\n255\n");
        var pnm = new byte[header.Length + ((long)width * height * outComponents)];
        header.CopyTo(pnm, 0);
        var target = header.Length;
        var max = bitsPerComponent == 16 ? 255 : (1 << bitsPerComponent) - 1;
        for (var y = 0; y < height; y++)
        {
            var row = samples.Slice((int)(y * stride), (int)stride);
            for (var x = 0; x < width; x++)
            {
                if (palette is not null)
                {
                    var index = Sample(row, x, bitsPerComponent);
                    var entry = Math.Min(index, (palette.Length / paletteComponents) - 1) * paletteComponents;
                    for (var c = 0; c < paletteComponents; c++)
                    {
                        pnm[target++] = entry >= 0 ? palette[entry + c] : (byte)0;
                    }

                    continue;
                }

                for (var c = 0; c < components; c++)
                {
                    var value = Sample(row, (x * components) + c, bitsPerComponent) * 255 / max;
                    pnm[target++] = (byte)(inverted && components == 1 ? 255 - value : value);
                }
            }
        }

        return pnm;
    }

    private static int Sample(ReadOnlySpan<byte> row, int index, int bits) => bits switch
    {
        8 => row[index],
        16 => row[index * 2],
        _ => (row[index * bits / 8] >> (8 - bits - (index * bits % 8))) & ((1 << bits) - 1),
    };

    private static byte[] Bitmap(ReadOnlySpan<byte> samples, int width, int height, int stride, bool inverted)
    {
        // PBM stores 1 for black; a PDF gray sample of 0 is black unless its Decode array is inverted.
        var header = Encoding.ASCII.GetBytes($"P4\n{width} {height}\n");
        var pnm = new byte[header.Length + ((long)stride * height)];
        header.CopyTo(pnm, 0);
        var body = pnm.AsSpan(header.Length);
        samples[..(stride * height)].CopyTo(body);
        if (!inverted)
        {
            for (var i = 0; i < body.Length; i++)
            {
                body[i] = (byte)~body[i];
            }
        }

        return pnm;
    }
}
