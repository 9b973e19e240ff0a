using Microsoft.Extensions.Configuration;

namespace DocArchive.Ingest.Jobs;

/// <summary>Reads the process's <see cref="NodeRole"/> from configuration and says what each role runs.</summary>
public static class NodeRoles
{
    public const string Key = "DocArchive:Role";

    public static NodeRole From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Key];
        return string.IsNullOrWhiteSpace(value) ? NodeRole.All
            : Enum.TryParse<NodeRole>(value, ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(value, out _) ? role
            : throw new InvalidOperationException($"Role '{value}' is none of all, web, worker.");
    }

    public static bool ReadsDocuments(this NodeRole role) => role is NodeRole.All or NodeRole.Worker;

    public static bool OwnsIndex(this NodeRole role) => role is NodeRole.All or NodeRole.Web;
}
