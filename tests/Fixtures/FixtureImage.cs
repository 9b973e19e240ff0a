using System.Globalization;
using System.Text;

namespace DocArchive.Fixtures;

/// <summary>
/// An 8-bit grayscale raster held in memory, row by row (0 black, 255 white), with the resolution it was made at
/// (0 when unknown: encoders then write no resolution).
/// </summary>
public sealed record FixtureImage(int Width, int Height, int Dpi, byte[] Pixels)
{
    /// <summary>A white image.</summary>
    public static FixtureImage Blank(int width, int height, int dpi)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        return new FixtureImage(width, height, dpi, pixels);
    }

    /// <summary>Binary PGM (P5): the format pdftoppm writes and Leptonica reads.</summary>
    public byte[] ToPgm()
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{Width} {Height}\n255\n"));
        var bytes = new byte[header.Length + Pixels.Length];
        header.CopyTo(bytes, 0);
        Pixels.CopyTo(bytes, header.Length);
        return bytes;
    }

    /// <summary>Reads every binary PGM (P5, 8-bit) in <paramref name="data"/>, one after the other.</summary>
    public static IReadOnlyList<FixtureImage> FromPgm(ReadOnlySpan<byte> data, int dpi)
    {
        var images = new List<FixtureImage>();
        var position = 0;
        while (position < data.Length && !IsSpace(data[position]))
        {
            if (data[position] != 'P' || data[position + 1] != '5')
            {
                throw new InvalidDataException("Not a binary PGM (P5) image.");
            }

            position += 2;
            var width = ReadNumber(data, ref position);
            var height = ReadNumber(data, ref position);
            var maxValue = ReadNumber(data, ref position);
            if (maxValue != 255)
            {
                throw new InvalidDataException($"PGM with maximum value {maxValue}; only 8-bit is read.");
            }

            position++;
            var pixels = data.Slice(position, width * height).ToArray();
            position += pixels.Length;
            images.Add(new FixtureImage(width, height, dpi, pixels));
            while (position < data.Length && IsSpace(data[position]))
            {
                position++;
            }
        }

        return images;
    }

    private static int ReadNumber(ReadOnlySpan<byte> data, ref int position)
    {
        while (IsSpace(data[position]) || data[position] == '#')
        {
            if (data[position] == '#')
            {
                while (data[position] != '\n')
                {
                    position++;
                }
            }

            position++;
        }

        var value = 0;
        while (data[position] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (data[position] - '0');
            position++;
        }

        return value;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';
}
