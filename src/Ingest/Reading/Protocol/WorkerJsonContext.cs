using System.Text.Json.Serialization;

namespace DocArchive.Ingest.Reading.Protocol;

/// <summary>The worker protocol's JSON, generated at build time so a worker starts without reflection.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkerSettings))]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerResponse))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
