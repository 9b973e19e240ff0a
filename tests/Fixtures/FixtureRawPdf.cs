using System.Globalization;
using System.Text;

namespace DocArchive.Fixtures;

/// <summary>
/// Writes a PDF object by object, for what PdfPig's builder cannot write (damaged dictionaries, actions, attachments):
/// the list's first object is object 1, the catalog. Objects are text in Latin-1, one character per byte, so a JPEG's
/// bytes pass through unchanged (<see cref="Bytes"/>).
/// </summary>
public static class FixtureRawPdf
{
    public static byte[] Write(IReadOnlyList<string> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>Binary data (a stream's content) as the text <see cref="Write"/> takes.</summary>
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
