using System.Globalization;
using System.Text;

namespace DocArchive.Fixtures;

/// <summary>
/// A 24-bit colour raster held in memory, row by row, three bytes (red, green, blue) per pixel, with the resolution it
/// claims (0 when unknown): a phone photo of a page.
/// </summary>
public sealed record FixtureColorImage(int Width, int Height, int Dpi, byte[] Rgb)
{
    /// <summary>Binary PPM (P6): Leptonica reads it as a 32-bit colour image.</summary>
    public byte[] ToPpm()
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P6\n{Width} {Height}\n255\n"));
        var bytes = new byte[header.Length + Rgb.Length];
        header.CopyTo(bytes, 0);
        Rgb.CopyTo(bytes, header.Length);
        return bytes;
    }
}
