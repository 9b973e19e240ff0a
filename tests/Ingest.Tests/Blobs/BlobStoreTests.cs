using System.Runtime.Versioning;
using System.Security.Cryptography;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Tests.Catalog;

namespace DocArchive.Ingest.Tests.Blobs;

public sealed class BlobStoreTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    [Fact]
    public async Task StoreAsync_NamesTheFileBySha256_WhenStored()
    {
        await using var catalog = await TestCatalog.CreateAsync();

        var blob = await catalog.Blobs.StoreAsync(new MemoryStream(Png), CancellationToken.None);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Png));
        Assert.Equal(sha256, blob.Sha256);
        Assert.Equal(Png.Length, blob.Size);
        var expectedPath = Path.Combine(catalog.Options.DataDir, "blobs", sha256[..2], sha256[2..4], sha256);
        Assert.Equal(Path.GetFullPath(expectedPath), catalog.Blobs.PathOf(sha256));
        Assert.Equal(Png, await File.ReadAllBytesAsync(expectedPath));
    }

    [Fact]
    public async Task StoreAsync_SniffsTheContent_WhenTheBytesAreKnown()
    {
        await using var catalog = await TestCatalog.CreateAsync();

        var png = await catalog.Blobs.StoreAsync(new MemoryStream(Png), CancellationToken.None);
        var text = await catalog.Blobs.StoreAsync(new MemoryStream("just words"u8.ToArray()), CancellationToken.None);

        Assert.Equal(ContentTypes.Png, png.ContentType);
        Assert.Null(text.ContentType);
    }

    [Fact]
    public async Task StoreAsync_KeepsTheFirstCopyUntouched_WhenTheSameBytesArriveAgain()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var first = await catalog.Blobs.StoreAsync(new MemoryStream(Png), CancellationToken.None);
        var path = catalog.Blobs.PathOf(first.Sha256);
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        var second = await catalog.Blobs.StoreAsync(new MemoryStream(Png), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(catalog.Options.DataDir, "blobs"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task StoreAsync_MakesTheOriginalReadOnly_WhenStored()
    {
        await using var catalog = await TestCatalog.CreateAsync();

        var blob = await catalog.Blobs.StoreAsync(new MemoryStream(Png), CancellationToken.None);

        var mode = File.GetUnixFileMode(catalog.Blobs.PathOf(blob.Sha256));
        Assert.Equal(UnixFileMode.None, mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
    }

    [Fact]
    public async Task StoreAsync_LeavesNoPartialFile_WhenTheUploadBreaksOff()
    {
        await using var catalog = await TestCatalog.CreateAsync();

        await Assert.ThrowsAsync<IOException>(() => catalog.Blobs.StoreAsync(new BrokenStream(Png), CancellationToken.None));

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(catalog.Options.DataDir, "blobs"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void PathOf_Throws_WhenTheNameIsNotASha256()
    {
        var blobs = new DocArchive.Ingest.Blobs.BlobStore(Microsoft.Extensions.Options.Options.Create(new IngestOptions()));

        Assert.Throws<ArgumentException>(() => blobs.PathOf("../../etc/passwd"));
    }

    /// <summary>A connection that drops after the first chunk.</summary>
    private sealed class BrokenStream(byte[] head) : MemoryStream(head)
    {
        private bool served;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (served)
            {
                throw new IOException("The client went away.");
            }

            served = true;
            return base.ReadAsync(buffer, cancellationToken);
        }
    }
}
