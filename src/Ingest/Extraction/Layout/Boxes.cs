using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Layout;

/// <summary>Box arithmetic.</summary>
internal static class Boxes
{
    public static BoundingBox Union(IEnumerable<BoundingBox> boxes)
    {
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        foreach (var box in boxes)
        {
            left = Math.Min(left, box.Left);
            top = Math.Min(top, box.Top);
            right = Math.Max(right, box.Right);
            bottom = Math.Max(bottom, box.Bottom);
        }

        return left > right ? default : new BoundingBox(left, top, right - left, bottom - top);
    }

    /// <summary>How much of the shorter box's height the two boxes share.</summary>
    public static double VerticalOverlap(BoundingBox a, BoundingBox b)
    {
        var shared = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        var shorter = Math.Min(a.Height, b.Height);
        return shorter <= 0 ? 0 : Math.Max(0, shared) / shorter;
    }

    public static double HorizontalOverlap(BoundingBox a, BoundingBox b) =>
        Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left));
}
