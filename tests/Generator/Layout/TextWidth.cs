namespace DocArchive.Generator.Layout;

/// <summary>A slightly generous estimate of a text's width (DejaVu and Liberation metrics), for wrapping and centring.</summary>
internal static class TextWidth
{
    public static double Of(string text, double size)
    {
        var em = 0.0;
        foreach (var c in text)
        {
            em += c switch
            {
                ' ' => 0.32,
                'I' or 'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '|' or '\'' => 0.3,
                'M' or 'W' or 'm' or 'w' => 0.9,
                >= 'A' and <= 'Z' => 0.7,
                >= '0' and <= '9' => 0.64,
                _ => 0.57,
            };
        }

        return em * size;
    }
}
