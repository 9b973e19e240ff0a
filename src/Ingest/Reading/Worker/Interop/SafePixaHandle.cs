using System.Runtime.InteropServices;

namespace DocArchive.Ingest.Reading.Worker.Interop;

/// <summary>An owned Leptonica <c>PIXA</c> (an array of images, e.g. the pages of a TIFF), destroyed with <c>pixaDestroy</c>.</summary>
internal sealed class SafePixaHandle() : SafeHandle(IntPtr.Zero, ownsHandle: true)
{
    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var pixa = handle;
        Leptonica.pixaDestroy(ref pixa);
        return true;
    }
}
