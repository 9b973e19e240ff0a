using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Reading.Worker.Interop;

/// <summary>An owned <c>TessBaseAPI</c>, ended and deleted on release.</summary>
internal sealed class SafeTessBaseApiHandle : SafeHandle
{
    public SafeTessBaseApiHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        Tesseract.TessBaseAPIEnd(handle);
        Tesseract.TessBaseAPIDelete(handle);
        return true;
    }
}
