using System.Globalization;
using System.Text;

namespace DocArchive.Ingest.Reading;

/// <summary>
/// Writes a PDF object by object, with its cross-reference table and trailer: the list's first object is object 1, the
/// catalog. Objects are text in Latin-1, one character per byte, so binary stream content passes through unchanged.
/// </summary>
public static class PdfObjects
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

}
