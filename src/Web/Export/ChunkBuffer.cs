namespace DocArchive.Web.Export;

/// <summary>
/// A write-only stream that keeps what is written until it is drained to the real target asynchronously: lets
/// synchronous writers (the ZIP archive) feed an HTTP response, which allows only asynchronous writes.
/// </summary>
internal sealed class ChunkBuffer : Stream
{
    private readonly MemoryStream pending = new();

    private long written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    /// <summary>Bytes written and not yet drained.</summary>
    public long Pending => pending.Length;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        written += buffer.Length;
    }

    public override void Flush()
    {
    }

    /// <summary>Sends what is pending to <paramref name="target"/> and forgets it.</summary>
    public async ValueTask DrainToAsync(Stream target, CancellationToken cancellationToken)
    {
        await target.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
        pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
