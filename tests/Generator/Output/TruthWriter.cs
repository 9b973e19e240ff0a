using System.Text.Json;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Generator.Output;

/// <summary>
/// Writes the canonical record as docs/domain.md#the-record shows it (camelCase, ISO dates, nulls kept), with the
/// document's capture kind (<c>"capture": "phone"</c>) after it for the evaluation.
/// </summary>
internal static class TruthWriter
{
    public const string CaptureProperty = "capture";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(string path, ExtractionRecord truth, string capture)
    {
        var json = JsonSerializer.SerializeToNode(truth, Options)!.AsObject();
        json[CaptureProperty] = capture;
        File.WriteAllText(path, json.ToJsonString(Options) + "\n");
    }
}
