using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Reading.Worker.Interop;

/// <summary>An owned <c>TessResultRenderer</c>, deleted on release.</summary>
internal sealed class SafeTessResultRendererHandle() : SafeHandle(IntPtr.Zero, ownsHandle: true)
{
    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        Tesseract.TessDeleteResultRenderer(handle);
        return true;
    }
}
