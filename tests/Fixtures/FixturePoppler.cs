using System.Text;
using DocArchive.Fixtures.Interop;

namespace DocArchive.Fixtures;

/// <summary>What Poppler (Debian's poppler-utils) makes of a PDF: the baseline of what a file must give the archive.</summary>
public static class FixturePoppler
{
    /// <summary>The PDF's text as <c>pdftotext</c> extracts it.</summary>
    public static string Text(byte[] pdf) => Encoding.UTF8.GetString(ExternalTool.Run("pdftotext", ["-", "-"], pdf));
}
