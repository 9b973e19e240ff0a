using System.Text.Json;
using DocArchive.Ingest.Jobs;

namespace DocArchive.Tools.Commands;

/// <summary>
/// Adds up the stage timings that nodes write as JSON log lines: page reads (decode and OCR, event 1004) and the
/// jobs' stages (event 1110).
/// </summary>
public sealed class StageTotals
{
    private const int PageReadEvent = 1004;
    private const int StageTimedEvent = 1110;

    private readonly Dictionary<string, double> milliseconds = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Milliseconds => milliseconds;

    public void Add(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines.Where(l => l.StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("EventId", out var eventId) || !root.TryGetProperty("State", out var state))
            {
                continue;
            }

            switch (eventId.GetInt32())
            {
                case PageReadEvent:
                    Add(IngestStages.Decode, Number(state, "DecodeMilliseconds"));
                    Add(IngestStages.Ocr, Number(state, "OcrMilliseconds"));
                    break;
                case StageTimedEvent:
                    Add(state.GetProperty("Stage").GetString() ?? "", Number(state, "Milliseconds"));
                    break;
            }
        }
    }

    private void Add(string stage, double value) => milliseconds[stage] = milliseconds.GetValueOrDefault(stage) + value;

    // The JSON console formatter writes state values as strings.
    private static double Number(JsonElement state, string name)
    {
        var value = state.GetProperty(name);
        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : double.Parse(value.GetString() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
