using DocArchive.Fixtures;
using DocArchive.Generator.Layout;

namespace DocArchive.Generator.Output;

/// <summary>
/// A round office stamp (two rings, the office's name inside) pressed in blue, violet or red ink over the text of a page:
/// the ink tints what it covers and leaves dark text dark.
/// </summary>
internal sealed class RubberStamp
{
    private const double Radius = 54;
    private const double TextSize = 6.2;

    private static readonly string[] Offices = ["DINAS TENAGA KERJA", "DINAS NAKERTRANS", "KANTOR IMIGRASI", "KESBANGPOL"];
    private static readonly string[] Regions = ["PROVINSI JAMBI", "KOTA BATAM", "KAB. MOROWALI", "KOTA KENDARI", "KAB. KUTAI KARTANEGARA"];
    private static readonly (byte R, byte G, byte B)[] Inks = [(30, 60, 170), (85, 45, 150), (185, 35, 45)];

    private readonly double x;
    private readonly double y;
    private readonly (byte R, byte G, byte B) ink;
    private readonly double strength;

    private RubberStamp(double x, double y, (byte, byte, byte) ink, double strength, FixturePage lettering)
    {
        this.x = x;
        this.y = y;
        this.ink = ink;
        this.strength = strength;
        Lettering = lettering;
    }

    /// <summary>The stamp's words on an otherwise empty page, rendered with the page to give their shapes.</summary>
    public FixturePage Lettering { get; }

    /// <summary>A stamp somewhere over the body of an A4 page.</summary>
    public static RubberStamp Draw(Random random)
    {
        var x = 110 + (random.NextDouble() * 380);
        var y = 260 + (random.NextDouble() * 400);
        string[] lines = [random.Pick(Offices), random.Pick(Regions), "* * *"];
        var texts = lines.Select((line, i) => new FixtureText(
            line, x - (TextWidth.Of(line, TextSize) / 2), y - (Radius * 0.28) + (i * Radius * 0.36), TextSize, FixtureFonts.DejaVuSansBold)).ToList();
        return new RubberStamp(x, y, random.Pick(Inks), 0.6 + (random.NextDouble() * 0.3), new FixturePage(texts));
    }

    /// <summary>Inks the stamp onto <paramref name="rgb"/> (a page of <paramref name="width"/> × <paramref name="height"/> at <paramref name="dpi"/>).</summary>
    public void Press(byte[] rgb, int width, int height, int dpi, FixtureImage lettering, Random random)
    {
        var scale = dpi / 72.0;
        var cx = x * scale;
        var cy = y * scale;
        var outer = Radius * scale;
        var inner = outer * 0.74;
        var ring = 2.2 * scale;
        var grain = new byte[width];
        for (var py = Math.Max(0, (int)(cy - outer - ring)); py < Math.Min(height, (int)(cy + outer + ring)); py++)
        {
            random.NextBytes(grain);
            for (var px = Math.Max(0, (int)(cx - outer - ring)); px < Math.Min(width, (int)(cx + outer + ring)); px++)
            {
                var distance = Math.Sqrt(((px - cx) * (px - cx)) + ((py - cy) * (py - cy)));
                var inked = Math.Abs(distance - outer) < ring / 2 || Math.Abs(distance - inner) < ring / 4
                    || (distance < inner && lettering.Pixels[(py * width) + px] < 160);
                if (!inked)
                {
                    continue;
                }

                var alpha = strength * (0.55 + (grain[px] / 570.0));
                var i = ((py * width) + px) * 3;
                rgb[i] = Tint(rgb[i], ink.R, alpha);
                rgb[i + 1] = Tint(rgb[i + 1], ink.G, alpha);
                rgb[i + 2] = Tint(rgb[i + 2], ink.B, alpha);
            }
        }
    }

    private static byte Tint(byte paper, byte ink, double alpha) => (byte)(paper * (1 - (alpha * (1 - (ink / 255.0)))));
}
