namespace DocArchive.Fixtures;

/// <summary>
/// The fonts fixtures are rendered with: Debian's DejaVu (fonts-dejavu-core) and Liberation (fonts-liberation).
/// The monospaced faces are left out: PdfPig 0.1.16 cannot embed them (their short hmtx table breaks its writer);
/// set fixed-pitch text (an MRZ) character by character instead.
/// </summary>
public static class FixtureFonts
{
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/";
    private const string Liberation = "/usr/share/fonts/truetype/liberation/";

    public const string DejaVuSans = DejaVu + "DejaVuSans.ttf";
    public const string DejaVuSansBold = DejaVu + "DejaVuSans-Bold.ttf";
    public const string DejaVuSerif = DejaVu + "DejaVuSerif.ttf";
    public const string DejaVuSerifBold = DejaVu + "DejaVuSerif-Bold.ttf";
    public const string LiberationSans = Liberation + "LiberationSans-Regular.ttf";
    public const string LiberationSansBold = Liberation + "LiberationSans-Bold.ttf";
    public const string LiberationSansNarrow = Liberation + "LiberationSansNarrow-Regular.ttf";
    public const string LiberationSansNarrowBold = Liberation + "LiberationSansNarrow-Bold.ttf";
    public const string LiberationSerif = Liberation + "LiberationSerif-Regular.ttf";
    public const string LiberationSerifBold = Liberation + "LiberationSerif-Bold.ttf";
}
