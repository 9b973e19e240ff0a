using System.Buffers;
using System.Text;

namespace DocArchive.Web.Export;

/// <summary>
/// CSV as spreadsheet programs read it: UTF-8 with a byte-order mark, CRLF lines, quotes where needed, and every
/// cell that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) prefixed
/// with an apostrophe so that it stays text.
/// </summary>
public sealed class CsvTableWriter : ITableWriter
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream target;

    private readonly StringBuilder buffer = new(FlushThreshold + 4096);

    private readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    private bool started;

    public CsvTableWriter(Stream target)
    {
        ArgumentNullException.ThrowIfNull(target);
        this.target = target;
    }

    public async ValueTask WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append(',');
            }

            AppendCell(buffer, cells[i]);
        }

        buffer.Append("\r\n");
        if (buffer.Length >= FlushThreshold)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await target.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>One cell as CSV text: neutralised against formulas, quoted when it holds a separator or a quote.</summary>
    public static void AppendCell(StringBuilder output, string? value)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var formula = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var quote = formula || value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (quote)
        {
            output.Append('"');
        }

        if (formula)
        {
            output.Append('\'');
        }

        foreach (var c in value)
        {
            output.Append(c);
            if (c == '"')
            {
                output.Append('"');
            }
        }

        if (quote)
        {
            output.Append('"');
        }
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (!started)
        {
            started = true;
            await target.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        }

        foreach (var chunk in buffer.GetChunks())
        {
            var bytes = ArrayPool<byte>.Shared.Rent(encoder.GetByteCount(chunk.Span, flush: false));
            try
            {
                var length = encoder.GetBytes(chunk.Span, bytes, flush: false);
                await target.WriteAsync(bytes.AsMemory(0, length), cancellationToken);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        buffer.Clear();
    }
}
