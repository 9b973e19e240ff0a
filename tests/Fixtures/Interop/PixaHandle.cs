using System.Runtime.InteropServices;

namespace DocArchive.Fixtures.Interop;

/// <summary>An owned Leptonica PIXA (an array of PIX, for multi-page TIFF).</summary>
internal sealed class PixaHandle : SafeHandle
{
    public PixaHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var pixa = handle;
        Leptonica.PixaDestroy(ref pixa);
        return true;
    }
}
