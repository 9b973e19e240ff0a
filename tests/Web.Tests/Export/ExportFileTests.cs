using System.Diagnostics;
using System.Runtime.CompilerServices;
using DocArchive.Web.Export;
using Xunit.Abstractions;

namespace DocArchive.Web.Tests.Export;

[Collection(MeasurementCollection.Name)]
public sealed class ExportFileTests(ITestOutputHelper log)
{
    private const int Rows = 100_000;

    private static readonly string[] Header = ["name", "passport", "nationality", "birth_date", "employer", "permit", "expires", "document", "page", "confidence", "corrected_by"];

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task WriteAsync_Streams100000RowsInFlatMemory_WhenRowsAreGenerated(ExportFormat format)
    {
        var output = new CountingStream();
        var memory = new List<long>();
        var clock = Stopwatch.StartNew();

        await ExportFile.WriteAsync(output, format, "persons", Header, Generate(memory), CancellationToken.None);

        clock.Stop();
        Assert.True(output.Length > Rows * 10, $"only {output.Length} bytes written");
        // Measured after 10,000 and after 100,000 rows: ten times the rows, the same memory.
        var growth = memory[^1] - memory[0];
        log.WriteLine($"{format}: {Rows:N0} rows, {output.Length:N0} bytes in {clock.Elapsed.TotalSeconds:F2} s; managed memory {memory[0]:N0} after 10,000 rows, {memory[^1]:N0} after {Rows:N0}");
        Assert.True(growth < 2 * 1024 * 1024, $"memory grew by {growth:N0} bytes from 10,000 to {Rows:N0} rows");
    }

    [Theory]
    [InlineData("dokumen", "sinar batu", "dokumen_sinar-batu_2026-12-07")]
    [InlineData("dokumen", "  ", "dokumen_2026-12-07")]
    [InlineData("dokumen", "*", "dokumen_2026-12-07")]
    [InlineData("orang", "type:permit nationality:\"Korea Selatan\" expires<2027-01-01", "orang_type-permit-nationality-korea-selatan_2026-12-07")]
    [InlineData("documents", "PT. Sinar Bátu / ../../etc\u0000", "documents_pt-sinar-batu-etc_2026-12-07")]
    public void BaseName_NamesTheFileAfterTheSearchAndTheDay_InSafeCharacters(string what, string search, string expected) =>
        Assert.Equal(expected, ExportFile.BaseName(what, search, new DateOnly(2026, 12, 7)));

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Generate(List<long> memory, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= Rows; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i is 10_000 or Rows)
            {
                memory.Add(GC.GetTotalMemory(forceFullCollection: true));
            }

            yield return [$"PERSON {i} WIRA", $"E{i:D8}", "CHN", "1985-03-12", "PT. SINAR BATU MINING Tbk", $"KITAS-{i}", "2026-01-31", "3f2b8c1e-0000-4000-8000-000000000000", "1", "0.93", i % 10 == 0 ? "petugas" : null];
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    /// <summary>Counts what is written and keeps none of it, like a response going out on the network.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
