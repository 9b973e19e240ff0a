using System.Globalization;

namespace DocArchive.Web.Documents;

/// <summary>
/// A read page as the document page draws it: its image, sized in the units of its words' boxes (the SVG overlay's view
/// box), with the box of each field read on it.
/// </summary>
public sealed record PageView(int Number, double Width, double Height, IReadOnlyList<FieldRow> Boxed)
{
    public string ViewBox => $"0 0 {Length(Width)} {Length(Height)}";

    /// <summary>A length in SVG: invariant digits, whatever the interface's language.</summary>
    public static string Length(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
