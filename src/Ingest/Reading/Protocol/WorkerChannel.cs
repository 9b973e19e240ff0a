using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DocArchive.Ingest.Reading.Protocol;

/// <summary>The pool-worker wire format: each message is a 4-byte little-endian length and that many bytes of UTF-8 JSON.</summary>
internal static class WorkerChannel
{
    /// <summary>No honest message comes near this; a longer prefix means the stream is out of step.</summary>
    private const int MaxMessageBytes = 256 * 1024 * 1024;

    public static async Task WriteAsync<T>(Stream stream, T message, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var body = JsonSerializer.SerializeToUtf8Bytes(message, type);
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, body.Length);
        body.CopyTo(frame, 4);
        await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next message, or null when the other side closed the stream.</summary>
    public static async Task<T?> ReadAsync<T>(Stream stream, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        var prefix = new byte[4];
        if (await stream.ReadAtLeastAsync(prefix, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length is < 0 or > MaxMessageBytes)
        {
            throw new InvalidDataException($"The OCR worker channel is out of step (message length {length}).");
        }

        var body = new byte[length];
        if (await stream.ReadAtLeastAsync(body, length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) < length)
        {
            return null;
        }

        return JsonSerializer.Deserialize(body, type) ?? throw new InvalidDataException("The OCR worker sent an empty message.");
    }
}
