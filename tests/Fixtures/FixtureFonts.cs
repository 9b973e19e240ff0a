namespace DocArchive.Fixtures;

/// <summary>The fonts fixtures are rendered with: Debian's DejaVu and Liberation families.</summary>
public static class FixtureFonts
{
    public const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
}
