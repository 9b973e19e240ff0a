using System.Text.Json;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Generator.Output;

/// <summary>Writes the canonical record as docs/domain.md#the-record shows it: camelCase, ISO dates, nulls kept.</summary>
internal static class TruthWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(string path, ExtractionRecord truth) =>
        File.WriteAllText(path, JsonSerializer.Serialize(truth, Options) + "\n");
}
