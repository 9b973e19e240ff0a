using System.Diagnostics;
using DocArchive.Fixtures;
using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Ingest.Tests.Reading.Worker.Interop;

[Collection(ProcessMemoryCollection.Name)]
public sealed class SafePixHandleTests
{
    public SafePixHandleTests() => OcrTestEnvironment.UseNativeLibraries();

    [Fact]
    public void Dispose_FreesTheNativeImage_WhenDecodedManyTimes()
    {
        // 2000 x 3000 gray is 6 MB a decode: 100 leaked decodes would add 600 MB.
        var pgm = FixtureImage.Blank(2000, 3000, 300).ToPgm();
        DecodeAndDispose(pgm, 5);
        var before = CurrentResidentBytes();

        DecodeAndDispose(pgm, 100);

        Assert.InRange(CurrentResidentBytes() - before, long.MinValue, 150L * 1024 * 1024);
    }

    [Fact]
    public void Dispose_ClosesTheHandle_WhenImageIsDisposed()
    {
        var pgm = FixtureImage.Blank(10, 10, 300).ToPgm();
        var pix = Leptonica.pixReadMem(pgm, (nuint)pgm.Length);

        pix.Dispose();

        Assert.True(pix.IsClosed);
    }

    private static void DecodeAndDispose(byte[] pgm, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var pix = Leptonica.pixReadMem(pgm, (nuint)pgm.Length);
            Assert.False(pix.IsInvalid);
        }
    }

    private static long CurrentResidentBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}
