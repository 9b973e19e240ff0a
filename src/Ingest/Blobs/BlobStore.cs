using System.Security.Cryptography;
using DocArchive.Ingest.Reading;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Blobs;

/// <summary>
/// Originals on disk, named by their SHA-256 (<c>blobs/ab/cd/abcd...</c>): written to a temporary file, then moved into
/// place in one step, and never modified after. Storing the same bytes again keeps the first copy.
/// </summary>
public sealed class BlobStore(IOptions<IngestOptions> options)
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private string Root => Path.GetFullPath(options.Value.BlobsPath);

    public string PathOf(string sha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case SHA-256.", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    public async Task<StoredBlob> StoreAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var incoming = Path.Combine(Root, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            var (sha256, size, head) = await CopyAsync(content, temporary, cancellationToken);
            var target = PathOf(sha256);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, ReadOnly);
                }

                MoveUnlessPresent(temporary, target);
            }

            return new StoredBlob(sha256, size, ContentTypes.Sniff(head));
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<(string Sha256, long Size, byte[] Head)> CopyAsync(
        Stream content, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new List<byte>(ContentTypes.SniffLength);
        long size = 0;
        var buffer = new byte[81920];
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                var chunk = buffer.AsMemory(0, read);
                hash.AppendData(chunk.Span);
                if (head.Count < ContentTypes.SniffLength)
                {
                    head.AddRange(chunk.Span[..Math.Min(read, ContentTypes.SniffLength - head.Count)]);
                }

                await file.WriteAsync(chunk, cancellationToken);
                size += read;
            }

            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size, head.ToArray());
    }

    private static void MoveUnlessPresent(string temporary, string target)
    {
        try
        {
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // The same bytes arrived at the same moment; the first copy stays.
        }
    }
}
