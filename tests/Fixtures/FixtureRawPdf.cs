using System.Globalization;
using System.Text;
using DocArchive.Ingest.Reading;

namespace DocArchive.Fixtures;

/// <summary>
/// The parts of a PDF written object by object (<see cref="PdfObjects.Write"/>), for what PdfPig's builder cannot write
/// (damaged dictionaries, actions, attachments). Objects are text in Latin-1, one character per byte, so a JPEG's bytes
/// pass through unchanged (<see cref="Bytes"/>).
/// </summary>
public static class FixtureRawPdf
{
    /// <summary>Binary data (a stream's content) as the text <see cref="PdfObjects.Write"/> takes.</summary>
    public static string Bytes(byte[] data) => Encoding.Latin1.GetString(data);

    /// <summary>A stream object holding <paramref name="content"/> (Latin-1 text), with <paramref name="dictionary"/>'s other entries.</summary>
    public static string Stream(string content, string dictionary = "")
    {
        ArgumentNullException.ThrowIfNull(content);
        return string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Length {content.Length} >>\nstream\n{content}\nendstream");
    }

    /// <summary>A content stream writing <paramref name="lines"/> in Helvetica (font <c>/F1</c>) from the top left of a page <paramref name="height"/> points high.</summary>
    public static string TextContent(IReadOnlyList<string> lines, double height)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var content = new StringBuilder("BT /F1 14 Tf 18 TL 36 ");
        content.Append(CultureInfo.InvariantCulture, $"{height - 50} Td ");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") ' ");
        }

        return content.Append("ET").ToString();
    }

    /// <summary>
    /// The same PDF with the <c>/Size</c> of its last trailer blanked out (spaces, so no offset moves): Poppler and qpdf
    /// read past it, stricter parsers refuse the file.
    /// </summary>
    public static byte[] WithoutTrailerSize(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var size = text.IndexOf("/Size", trailer, StringComparison.Ordinal);
        if (trailer < 0 || size < 0)
        {
            throw new ArgumentException("The PDF has no trailer with a /Size.", nameof(pdf));
        }

        var end = size + "/Size".Length;
        while (end < text.Length && (text[end] == ' ' || char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        return Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, size), new string(' ', end - size), text.AsSpan(end)));
    }
}
