using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocArchive.Ingest.Extraction;

/// <summary>The one JSON form of the canonical record: camelCase, ISO dates, nulls written.</summary>
public static class ExtractionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    public static string Serialize(ExtractionRecord record, bool indented = false) =>
        JsonSerializer.Serialize(record, indented ? Indented : Options);

    /// <summary>Reads a record (a truth file or an earlier output); throws <see cref="JsonException"/> on malformed input.</summary>
    public static ExtractionRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractionRecord>(json, Options) ?? throw new JsonException("The record is null.");
}
