using System.Globalization;
using System.Text;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>
/// Mends a PDF whose last trailer lacks its <c>/Size</c>, which Poppler and qpdf read past but PdfPig refuses: the size
/// (the highest object number plus one) is written into that trailer. The trailer follows every object and cross-reference
/// table it describes, so no offset moves.
/// </summary>
internal static class PdfTrailerSize
{
    /// <summary>A mended copy of <paramref name="pdf"/>; null when its last trailer has a size or there is no trailer.</summary>
    public static byte[]? Mend(ReadOnlySpan<byte> pdf)
    {
        var trailer = pdf.LastIndexOf("trailer"u8);
        if (trailer < 0)
        {
            return null;
        }

        var open = pdf[trailer..].IndexOf("<<"u8);
        if (open < 0)
        {
            return null;
        }

        var start = trailer + open + 2;
        var end = pdf[start..].IndexOf("startxref"u8);
        var dictionary = end < 0 ? pdf[start..] : pdf.Slice(start, end);
        if (dictionary.IndexOf("/Size"u8) >= 0)
        {
            return null;
        }

        var size = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $" /Size {HighestObjectNumber(pdf) + 1} "));
        return [.. pdf[..start], .. size, .. pdf[start..]];
    }

    /// <summary>The highest <c>N</c> of the <c>N G obj</c> headers in the file.</summary>
    private static int HighestObjectNumber(ReadOnlySpan<byte> pdf)
    {
        var highest = 0;
        for (var at = pdf.IndexOf("obj"u8); at >= 0;)
        {
            if (ObjectNumberBefore(pdf[..at]) is { } number)
            {
                highest = Math.Max(highest, number);
            }

            var next = pdf[(at + 3)..].IndexOf("obj"u8);
            at = next < 0 ? -1 : at + 3 + next;
        }

        return highest;
    }

    /// <summary>The object number of the header that <paramref name="head"/> ends with (<c>12 0 </c>), or null.</summary>
    private static int? ObjectNumberBefore(ReadOnlySpan<byte> head)
    {
        var end = head.TrimEnd(" \r\n\t"u8);
        if (end.Length == head.Length)
        {
            return null;
        }

        var generation = end.Length - TrailingDigits(end);
        if (generation == end.Length)
        {
            return null;
        }

        var beforeGeneration = end[..generation];
        var separated = beforeGeneration.TrimEnd(" \r\n\t"u8);
        if (separated.Length == beforeGeneration.Length)
        {
            return null;
        }

        var digits = TrailingDigits(separated);
        return digits is > 0 and < 10 && int.TryParse(separated[^digits..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    private static int TrailingDigits(ReadOnlySpan<byte> text)
    {
        var count = 0;
        while (count < text.Length && char.IsAsciiDigit((char)text[text.Length - 1 - count]))
        {
            count++;
        }

        return count;
    }
}
