using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Reading.Worker.Interop;

/// <summary>An owned Leptonica <c>PIX</c>, destroyed with <c>pixDestroy</c>.</summary>
internal sealed class SafePixHandle : SafeHandle
{
    public SafePixHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        Leptonica.pixDestroy(ref pix);
        return true;
    }
}
