using System.Runtime.InteropServices;

namespace DocArchive.Fixtures.Interop;

/// <summary>An owned Leptonica PIX.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Throws when a Leptonica call answered a null PIX.</summary>
    public PixHandle OrThrow(string operation)
    {
        if (IsInvalid)
        {
            Dispose();
            throw new FixtureException($"Leptonica {operation} failed.");
        }

        return this;
    }

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        Leptonica.PixDestroy(ref pix);
        return true;
    }
}
